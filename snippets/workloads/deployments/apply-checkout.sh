kubectl apply -f checkout-blue-green.yaml
kubectl rollout status deployment/checkout-blue --timeout=90s
kubectl rollout status deployment/checkout-green --timeout=90s
