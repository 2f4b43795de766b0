kubectl get nodes --show-labels
kubectl get nodes -L disktype -L topology.kubernetes.io/zone
kubectl get nodes -l disktype=ssd
kubectl get nodes -l node-role.kubernetes.io/control-plane
