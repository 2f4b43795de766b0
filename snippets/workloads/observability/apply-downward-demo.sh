kubectl apply -f downward-demo.yaml
kubectl wait --for=condition=Ready pod/downward-demo --timeout=60s
