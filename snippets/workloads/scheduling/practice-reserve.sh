NODE=$(kubectl get nodes -o jsonpath='{.items[-1:].metadata.name}')
kubectl taint nodes "$NODE" team=data:NoSchedule
kubectl label nodes "$NODE" team=data
