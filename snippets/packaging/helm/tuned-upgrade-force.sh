helm upgrade tuned ./web --set replicaCount=2 --force-conflicts
kubectl rollout status deployment/tuned-web --timeout=120s
