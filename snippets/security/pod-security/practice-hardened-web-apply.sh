kubectl apply -f hardened-web.yaml
kubectl wait --for=condition=Ready pod/hardened-web --timeout=60s
