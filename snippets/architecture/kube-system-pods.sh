kubectl get pods -n kube-system -o wide
kubectl get nodes -o wide
kubectl cluster-info
