kubectl rollout history deployment/catalog --revision=1
kubectl rollout undo deployment/catalog --to-revision=1
kubectl rollout status deployment/catalog --timeout=90s
