kubectl apply -f checkout.yaml
kubectl rollout status deployment/checkout --timeout=120s
