kubectl apply -f low-priority.yaml -f port-holder.yaml
kubectl rollout status daemonset/port-holder --timeout=90s
