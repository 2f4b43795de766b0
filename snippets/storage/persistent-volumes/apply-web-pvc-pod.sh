kubectl apply -f web-pvc-pod.yaml
kubectl wait --for=condition=Ready pod/web-pvc --timeout=60s
