$ kubectl apply -f db-creds.yaml
secret/db-creds created
$ kubectl get secret db-creds
NAME       TYPE     DATA   AGE
db-creds   Opaque   2      0s
