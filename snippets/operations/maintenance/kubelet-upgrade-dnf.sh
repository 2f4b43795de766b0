kubectl drain NODE_NAME --ignore-daemonsets
sudo dnf install -y 'kubelet-1.37.2-*' 'kubectl-1.37.2-*' --disableexcludes=kubernetes
sudo systemctl daemon-reload
sudo systemctl restart kubelet
kubectl uncordon NODE_NAME
