kubectl apply -k overlays/staging
kubectl rollout status deployment/staging-web --timeout=120s
