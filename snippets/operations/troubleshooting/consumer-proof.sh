$ kubectl logs consumer
reading from redis://queue:6379
$ kubectl get pod consumer
NAME       READY   STATUS    RESTARTS   AGE
consumer   1/1     Running   0          5s
