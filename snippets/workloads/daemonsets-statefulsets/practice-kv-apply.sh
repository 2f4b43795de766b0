kubectl apply -f kv.yaml
kubectl rollout status statefulset/kv --timeout=120s
