kubectl scale deployment web --replicas=6
kubectl rollout status deployment/web --timeout=90s
