kubectl apply -f sts-volumes.yaml -f sts-db.yaml
kubectl rollout status statefulset/db --timeout=120s
