$ kubectl get pods -l app=shop -L track
NAME                           READY   STATUS    RESTARTS   AGE   TRACK
shop-canary-6b8d4f7c9d-2xq7m   1/1     Running   0          8s    canary
shop-stable-5f9c8d7b6c-9kq2t   1/1     Running   0          8s    stable
shop-stable-5f9c8d7b6c-j4w8p   1/1     Running   0          8s    stable
shop-stable-5f9c8d7b6c-x7r2n   1/1     Running   0          8s    stable
