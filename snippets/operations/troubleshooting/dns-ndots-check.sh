$ kubectl apply -f dns-ndots-pod.yaml
pod/low-ndots created
$ kubectl wait --for=condition=Ready pod/low-ndots --timeout=60s
pod/low-ndots condition met
$ kubectl exec low-ndots -- grep ndots /etc/resolv.conf
options ndots:2
