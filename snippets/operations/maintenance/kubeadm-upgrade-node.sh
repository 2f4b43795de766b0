sudo kubeadm upgrade node
