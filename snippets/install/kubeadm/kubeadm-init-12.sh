sudo kubeadm init --pod-network-cidr=10.16.0.0/12 --kubernetes-version=v1.37.2
