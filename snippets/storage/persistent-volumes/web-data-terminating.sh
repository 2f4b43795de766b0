$ kubectl get pvc web-data
NAME       STATUS        VOLUME       CAPACITY   ACCESS MODES   STORAGECLASS    VOLUMEATTRIBUTESCLASS   AGE
web-data   Terminating   pvdemo-web   1Gi        RWO            pvdemo-manual   <unset>                 0s
$ kubectl get pvc web-data -o jsonpath='{.metadata.finalizers}'
["kubernetes.io/pvc-protection"]
