helm upgrade shop ./web -f prod-values.yaml --set replicaCount=4
kubectl rollout status deployment/shop-web --timeout=120s
