kubectl apply -f ssd-monitor.yaml
kubectl rollout status daemonset/ssd-monitor --timeout=90s
