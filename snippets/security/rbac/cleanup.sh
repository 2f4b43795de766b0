kubectl delete clusterrolebinding study-node-reader-ops study-storage-reader --ignore-not-found
kubectl delete clusterrole study-node-reader study-monitoring study-monitoring-pods \
  study-backups-view study-storage-reader study-support study-support-logs --ignore-not-found
kubectl delete csr study-alice study-alice-server study-bob --ignore-not-found
