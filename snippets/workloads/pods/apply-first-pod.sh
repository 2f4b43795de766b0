kubectl apply -f first-pod.yaml
kubectl get pods
