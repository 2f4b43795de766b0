helm uninstall shop
kubectl wait --for=delete deployment/shop-web --timeout=60s
