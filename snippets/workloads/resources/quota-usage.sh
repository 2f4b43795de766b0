kubectl apply -f resourcequota.yaml -n NAMESPACE
kubectl describe resourcequota team-quota -n NAMESPACE   # used versus hard
