kubectl apply -f urgent-pod.yaml
kubectl wait --for=condition=Ready pod/urgent --timeout=90s
kubectl get events --field-selector reason=Preempted
