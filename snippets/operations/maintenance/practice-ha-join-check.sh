kubectl get nodes -l node-role.kubernetes.io/control-plane
