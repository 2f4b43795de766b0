kubectl set image daemonset/node-agent agent=busybox:1.36.1
kubectl rollout status daemonset/node-agent --timeout=90s
kubectl rollout history daemonset/node-agent
