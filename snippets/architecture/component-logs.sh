kubectl logs -n kube-system kube-apiserver-NODE_NAME
kubectl logs -n kube-system -l k8s-app=kube-dns          # CoreDNS
kubectl logs -n kube-system daemonset/kube-proxy
sudo journalctl -u kubelet --since "15 min ago"          # on the node
sudo journalctl -u containerd --since "15 min ago"
