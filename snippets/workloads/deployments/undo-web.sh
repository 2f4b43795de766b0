kubectl rollout undo deployment/web
kubectl rollout status deployment/web --timeout=90s
