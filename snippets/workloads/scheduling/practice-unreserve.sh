NODE=$(kubectl get pod etl -o jsonpath='{.spec.nodeName}')
kubectl taint nodes "$NODE" team=data:NoSchedule-
kubectl label nodes "$NODE" team-
kubectl get node "$NODE" -o jsonpath='{.spec.taints}{.metadata.labels.team}'
