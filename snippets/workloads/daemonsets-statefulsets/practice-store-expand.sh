kubectl delete statefulset store --cascade=orphan
kubectl apply -f store-sts.yaml
kubectl patch pvc data-store-0 -p '{"spec":{"resources":{"requests":{"storage":"5Gi"}}}}'
kubectl get pvc data-store-0 -o jsonpath='{.status.capacity.storage}'
