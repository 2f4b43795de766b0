$ kubectl api-resources --namespaced=true -o name | grep -x persistentvolumeclaims
persistentvolumeclaims
$ kubectl api-resources --namespaced=false -o name | grep -x storageclasses.storage.k8s.io
storageclasses.storage.k8s.io
