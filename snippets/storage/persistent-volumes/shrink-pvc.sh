$ kubectl patch pvc local-data -p '{"spec":{"resources":{"requests":{"storage":"1Gi"}}}}'
The PersistentVolumeClaim "local-data" is invalid: spec.resources.requests.storage: Forbidden: field can not be less than status.capacity
