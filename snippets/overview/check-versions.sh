kubectl version
kubectl get nodes -o wide
