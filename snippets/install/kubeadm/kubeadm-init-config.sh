sudo kubeadm init --config kubeadm-config.yaml --v=5
