sudo grep -- '- --' /etc/kubernetes/manifests/kube-apiserver.yaml
pgrep -a kube-apiserver | tr ' ' '\n' | grep -- '^--'
