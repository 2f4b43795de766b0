$ kubectl get pvc db-data
NAME      STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
db-data   Pending                                      trouble-fast   <unset>                 0s
$ kubectl events --for pvc/db-data -o jsonpath='{.items[0].reason}: {.items[0].message}{"\n"}'
ProvisioningFailed: storageclass.storage.k8s.io "trouble-fast" not found
