kubectl apply -f graceful-api.yaml
kubectl rollout status deployment/graceful-api --timeout=120s
