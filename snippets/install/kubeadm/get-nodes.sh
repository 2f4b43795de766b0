kubectl get nodes
kubectl get nodes -o wide
