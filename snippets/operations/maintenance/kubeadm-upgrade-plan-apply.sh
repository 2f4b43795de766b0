sudo kubeadm upgrade plan
sudo kubeadm upgrade apply v1.37.2
