kubectl apply -f reports.yaml
kubectl rollout status deployment/reports --timeout=90s
