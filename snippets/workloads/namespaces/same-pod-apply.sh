kubectl apply -f same-pod-two-namespaces.yaml
kubectl get pods -A --field-selector metadata.name=pod-example
