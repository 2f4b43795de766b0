kubectl rollout undo deployment/api
kubectl rollout status deployment/api --timeout=90s
