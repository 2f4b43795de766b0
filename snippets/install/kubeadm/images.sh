sudo kubeadm config images list --kubernetes-version=v1.37.2
sudo kubeadm config images pull --kubernetes-version=v1.37.2
