sudo kubeadm certs check-expiration
