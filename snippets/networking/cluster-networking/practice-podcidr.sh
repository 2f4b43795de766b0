kubectl get nodes -o jsonpath='{range .items[*]}--from-literal={.metadata.name}={.spec.podCIDR}{"\n"}{end}' \
  | xargs kubectl create configmap pod-cidrs
kubectl get pods -A -o custom-columns='NODE:.spec.nodeName,POD_IP:.status.podIP'
