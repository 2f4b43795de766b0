$ kubectl delete pod static-web-node01
pod "static-web-node01" deleted from default namespace
$ kubectl get pods
NAME                READY   STATUS    RESTARTS   AGE
static-web-node01   1/1     Running   0          4s
