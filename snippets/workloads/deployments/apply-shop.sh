kubectl apply -f shop-canary.yaml
kubectl rollout status deployment/shop-stable --timeout=90s
kubectl rollout status deployment/shop-canary --timeout=90s
