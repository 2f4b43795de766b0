kubectl apply -f probe-demo.yaml
kubectl wait --for=condition=Ready pod/probe-demo --timeout=60s
