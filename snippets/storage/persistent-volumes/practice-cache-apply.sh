kubectl apply -f cache-volumes.yaml -f cache-sts.yaml
kubectl rollout status statefulset/cache --timeout=120s
