helm rollback shop 1
kubectl rollout status deployment/shop-web --timeout=120s
