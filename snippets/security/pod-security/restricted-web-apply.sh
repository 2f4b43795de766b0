kubectl apply -f restricted-web.yaml
kubectl wait --for=condition=Ready pod/restricted-web --timeout=60s
