sudo grep -E -- '--(authorization-mode|profiling|insecure-port)' /etc/kubernetes/manifests/kube-apiserver.yaml
if kubectl get --raw /debug/pprof/ > /dev/null 2>&1; then echo "profiling on"; else echo "profiling off"; fi
