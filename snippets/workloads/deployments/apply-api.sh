kubectl apply -f api-deployment.yaml
kubectl rollout status deployment/api --timeout=90s
