kubectl taint nodes NODE_NAME team=data:NoSchedule
kubectl label nodes NODE_NAME team=data
