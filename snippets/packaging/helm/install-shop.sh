helm install shop ./web
kubectl rollout status deployment/shop-web --timeout=120s
