$ kubectl get pods -l app=web
NAME    READY   STATUS    RESTARTS   AGE
web-0   1/1     Running   0          6s
web-1   1/1     Running   0          5s
web-2   1/1     Running   0          4s
$ kubectl get statefulset web
NAME   READY   AGE
web    3/3     6s
