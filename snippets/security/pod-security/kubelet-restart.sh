sudo systemctl restart kubelet
