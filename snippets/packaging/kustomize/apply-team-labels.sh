kubectl apply -k overlays/team
kubectl rollout status deployment/dev-web --timeout=120s
