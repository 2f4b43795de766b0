$ kubectl apply -f sc-archive.yaml
storageclass.storage.k8s.io/pvdemo-archive created
$ kubectl get sc pvdemo-archive -o jsonpath='{.volumeBindingMode} {.reclaimPolicy} {.allowVolumeExpansion}'
WaitForFirstConsumer Retain true
