kubectl apply -f metrics-agent.yaml
kubectl rollout status daemonset/metrics-agent --timeout=90s
