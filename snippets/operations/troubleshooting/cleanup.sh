kubectl delete quota practice-quota
kubectl delete pod db cache --now
kubectl delete pvc db-data cache-data
kubectl delete pv trouble-db-data trouble-cache-data
