kubectl run legacy-web --image=nginx:1.27
kubectl wait --for=condition=Ready pod/legacy-web --timeout=60s
