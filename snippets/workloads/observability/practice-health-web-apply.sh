kubectl apply -f health-web.yaml
kubectl wait --for=condition=Ready pod/health-web --timeout=60s
