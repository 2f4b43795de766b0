sudo dnf install -y 'kubeadm-1.37.2-*' --disableexcludes=kubernetes
kubeadm version -o short
