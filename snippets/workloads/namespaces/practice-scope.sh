kubectl api-resources --namespaced=true | grep -w persistentvolumeclaims
kubectl api-resources --namespaced=false | grep -w storageclasses
