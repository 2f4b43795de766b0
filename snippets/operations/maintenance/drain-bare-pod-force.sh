NODE=$(kubectl get pod scratch-pad -o jsonpath='{.spec.nodeName}')
kubectl drain "$NODE" --ignore-daemonsets --force --pod-selector=app=scratch-pad --dry-run=server
