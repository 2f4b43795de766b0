kubectl rollout undo deployment/orders
kubectl rollout status deployment/orders --timeout=120s
