kubectl apply -f web-deployment.yaml
kubectl rollout status deployment/web --timeout=90s
