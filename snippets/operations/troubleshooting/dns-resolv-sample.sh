$ kubectl exec dnstest -- cat /etc/resolv.conf
search default.svc.cluster.local svc.cluster.local cluster.local
nameserver 10.96.0.10
options ndots:5
$ kubectl get pod dnstest -o jsonpath='{.spec.dnsPolicy}{"\n"}'
ClusterFirst
