kubectl get nodes -o custom-columns='NAME:.metadata.name,POD_CIDR:.spec.podCIDR'
kubectl get ippools.crd.projectcalico.org default-ipv4-ippool -o jsonpath='{.spec.cidr}{"\n"}'
