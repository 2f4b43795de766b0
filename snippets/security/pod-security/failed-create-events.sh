kubectl get events --field-selector reason=FailedCreate
kubectl describe replicaset -l app=plain-web
