NODE=$(kubectl get pods -l app=node-logger -o jsonpath='{.items[0].spec.nodeName}')
kubectl drain "$NODE" --pod-selector=app=node-logger --dry-run=server
