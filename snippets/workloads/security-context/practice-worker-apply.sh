kubectl apply -f worker.yaml
kubectl get pod worker -n payments -o jsonpath='{.metadata.name}{"\n"}'
