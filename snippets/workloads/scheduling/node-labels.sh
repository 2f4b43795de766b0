kubectl get nodes --show-labels
kubectl get nodes -L disktype -L topology.kubernetes.io/zone
