$ kubectl apply -f pv-web.yaml
persistentvolume/pvdemo-web created
$ kubectl get pv pvdemo-web
NAME         CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM   STORAGECLASS    VOLUMEATTRIBUTESCLASS   REASON   AGE
pvdemo-web   1Gi        RWO            Retain           Available           pvdemo-manual   <unset>                          0s
