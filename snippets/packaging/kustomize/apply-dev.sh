kubectl apply -k overlays/dev
kubectl rollout status deployment/dev-web --timeout=120s
