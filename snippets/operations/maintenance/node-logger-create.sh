kubectl apply -f node-logger-ds.yaml
kubectl rollout status daemonset/node-logger --timeout=120s
