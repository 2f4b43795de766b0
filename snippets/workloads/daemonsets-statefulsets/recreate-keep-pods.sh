kubectl delete statefulset STATEFULSET_NAME --cascade=orphan
kubectl apply -f STATEFULSET_FILE.yaml
