$ kubectl get pvc db-data
NAME      STATUS   VOLUME            CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
db-data   Bound    trouble-db-data   1Gi        RWO            trouble-fast   <unset>                 15s
$ kubectl get pod db -o jsonpath='{.status.conditions[?(@.type=="PodScheduled")].status}{"\n"}'
True
