kubectl apply -f shared-files.yaml
kubectl wait --for=condition=Ready pod/shared-files --timeout=60s
