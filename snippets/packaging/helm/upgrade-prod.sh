helm upgrade shop ./web -f prod-values.yaml
kubectl rollout status deployment/shop-web --timeout=120s
