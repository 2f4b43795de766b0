$ kubectl get pod dns-client -o jsonpath='{.spec.dnsPolicy}{"\n"}'
ClusterFirst
