kubectl rollout undo deployment/web --to-revision=2
kubectl rollout status deployment/web --timeout=90s
