kubectl apply -f high-priority.yaml -f checkout-pod.yaml
