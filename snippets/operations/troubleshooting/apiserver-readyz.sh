$ kubectl get --raw='/readyz'
ok
