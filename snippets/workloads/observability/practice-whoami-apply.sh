kubectl apply -f whoami.yaml
kubectl wait --for=condition=Ready pod/whoami --timeout=60s
