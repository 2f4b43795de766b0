kubectl apply -f storefront.yaml --dry-run=server
kubectl apply -f storefront.yaml
kubectl rollout status deployment/storefront --timeout=120s
