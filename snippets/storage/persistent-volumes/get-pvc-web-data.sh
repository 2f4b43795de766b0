$ kubectl get pvc web-data
NAME       STATUS   VOLUME       CAPACITY   ACCESS MODES   STORAGECLASS    VOLUMEATTRIBUTESCLASS   AGE
web-data   Bound    pvdemo-web   1Gi        RWO            pvdemo-manual   <unset>                 0s
$ kubectl get pv pvdemo-web -o jsonpath='{.status.phase} {.spec.claimRef.name}'
Bound web-data
