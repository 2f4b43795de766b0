kubectl taint nodes NODE_NAME team=data:NoSchedule-
kubectl label nodes NODE_NAME team-
kubectl get node NODE_NAME -o jsonpath='{.spec.taints}{.metadata.labels.team}'
