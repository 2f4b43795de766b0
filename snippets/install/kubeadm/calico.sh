curl -fsSLO https://raw.githubusercontent.com/projectcalico/calico/CALICO_VERSION/manifests/calico.yaml
grep -n -A1 CALICO_IPV4POOL_CIDR calico.yaml
kubectl apply -f calico.yaml
kubectl get pods -n kube-system --watch
