kubectl get pod dns-client -o jsonpath='{.spec.dnsPolicy}{"\n"}'
sed -i 's/dnsPolicy: Default/dnsPolicy: ClusterFirst/' dns-client.yaml
kubectl replace --force -f dns-client.yaml
kubectl wait --for=condition=Ready pod/dns-client --timeout=60s
