kubectl apply -f orders.yaml
kubectl rollout status deployment/orders --timeout=90s
