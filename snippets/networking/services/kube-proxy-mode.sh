kubectl -n kube-system get configmap kube-proxy -o yaml | grep -E 'mode:|scheduler:'
kubectl -n kube-system logs daemonset/kube-proxy | grep -i proxier
