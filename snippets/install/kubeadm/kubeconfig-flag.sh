kubectl --kubeconfig=/etc/kubernetes/admin.conf get nodes
