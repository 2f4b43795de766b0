$ kubectl get pods -o wide
NAME                READY   STATUS    RESTARTS   AGE   IP           NODE
static-web-node01   1/1     Running   0          2m    10.244.1.7   node01
