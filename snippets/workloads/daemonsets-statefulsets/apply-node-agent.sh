kubectl apply -f node-agent.yaml
kubectl rollout status daemonset/node-agent --timeout=90s
