$ kubectl get pods -l app=web
NAME                   READY   STATUS             RESTARTS   AGE
web-7c9f6b5d8d-4kq2x   0/1     ImagePullBackOff   0          12s
