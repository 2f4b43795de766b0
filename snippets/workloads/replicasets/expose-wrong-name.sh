$ kubectl expose replicaset rs-sample --port=80 --name=rs-sample --dry-run=client -o yaml
Error from server (NotFound): replicasets.apps "rs-sample" not found
