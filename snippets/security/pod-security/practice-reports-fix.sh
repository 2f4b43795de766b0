kubectl apply -f reports-fixed.yaml
kubectl rollout status deployment/reports --timeout=120s
