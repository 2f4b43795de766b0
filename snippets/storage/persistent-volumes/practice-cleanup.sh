kubectl delete statefulset db cache
kubectl delete deployment single-writer
kubectl delete pod local-consumer --now
kubectl delete pvc local-data fast-data single-writer orders \
  data-db-0 data-db-1 data-cache-0 data-cache-1 data-cache-2
kubectl delete pv,storageclass -l lab=storage
