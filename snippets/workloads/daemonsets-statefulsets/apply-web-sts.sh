kubectl apply -f web-sts.yaml
kubectl rollout status statefulset/web --timeout=120s
