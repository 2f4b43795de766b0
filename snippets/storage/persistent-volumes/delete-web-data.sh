$ kubectl delete pvc web-data --wait=false
persistentvolumeclaim "web-data" deleted from <namespace> namespace
$ kubectl get pvc web-data -o jsonpath='{.metadata.deletionTimestamp}{" "}{.metadata.finalizers}' | cut -d' ' -f2
["kubernetes.io/pvc-protection"]
