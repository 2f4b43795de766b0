kubectl delete statefulset db cache --ignore-not-found
kubectl delete deployment single-writer --ignore-not-found
kubectl delete pod local-consumer --now --ignore-not-found
kubectl delete pvc local-data fast-data single-writer orders \
  data-db-0 data-db-1 data-cache-0 data-cache-1 data-cache-2 --ignore-not-found
kubectl delete pv,storageclass -l lab=storage
