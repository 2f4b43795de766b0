kubectl apply -f batch.yaml
kubectl rollout status deployment/nightly --timeout=90s
