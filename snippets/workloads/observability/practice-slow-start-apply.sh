kubectl apply -f slow-start.yaml
kubectl wait --for=condition=Ready pod/slow-start --timeout=60s
