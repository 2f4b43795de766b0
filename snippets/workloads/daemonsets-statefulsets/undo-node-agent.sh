kubectl rollout undo daemonset/node-agent
kubectl rollout status daemonset/node-agent --timeout=90s
