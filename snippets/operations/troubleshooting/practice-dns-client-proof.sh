$ kubectl get pod dns-client -o jsonpath='{.spec.dnsPolicy}{"\n"}'
ClusterFirst
$ kubectl exec dns-client -- nslookup -type=a kubernetes.default.svc.cluster.local
Server:    10.96.0.10
Address:   10.96.0.10:53

Name:   kubernetes.default.svc.cluster.local
Address: 10.96.0.1
