kubectl label node NODE_NAME disktype=ssd
kubectl get nodes -l disktype=ssd
