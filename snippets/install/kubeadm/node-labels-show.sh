kubectl get nodes --show-labels
kubectl get nodes -l KEY=VALUE
kubectl get nodes -l node-role.kubernetes.io/control-plane
