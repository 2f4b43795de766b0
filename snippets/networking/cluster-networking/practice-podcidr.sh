kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name}{" "}{.spec.podCIDR}{"\n"}{end}'
kubectl get pods -A -o custom-columns='NODE:.spec.nodeName,POD_IP:.status.podIP'
