kubectl get nodes -o custom-columns='NODE:.metadata.name,POD_CIDR:.spec.podCIDR'
kubectl get configmap pod-cidrs -o jsonpath='{.data}{"\n"}'
