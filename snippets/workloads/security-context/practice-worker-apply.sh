kubectl apply -f worker.yaml
kubectl get pod worker -n payments -o jsonpath='{.metadata.name}{"\n"}'
kubectl run probe --image=busybox:1.36 -n payments --dry-run=server
