kubectl taint nodes NODE_NAME dedicated=gpu:NoSchedule
kubectl label nodes NODE_NAME dedicated=gpu
