sudo kubeadm init --pod-network-cidr=172.20.0.0/16 --kubernetes-version=v1.37.2
