$ kubectl get pvc db-data
NAME      STATUS   VOLUME            CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
db-data   Bound    trouble-db-data   1Gi        RWO            trouble-fast   <unset>                 15s
$ kubectl get pod db
NAME   READY   STATUS    RESTARTS   AGE
db     1/1     Running   0          15s
