kubectl get nodes -o custom-columns='NAME:.metadata.name,POD_CIDR:.spec.podCIDR'
