kubectl delete -k overlays/staging
kubectl wait --for=delete deployment/staging-web --timeout=60s
