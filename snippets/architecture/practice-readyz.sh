$ kubectl get --raw='/readyz/etcd'
ok
