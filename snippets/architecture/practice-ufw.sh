sudo ufw allow 6443/tcp          # kube-apiserver
sudo ufw allow 2379:2380/tcp     # etcd: client API and peer traffic
sudo ufw allow 10250/tcp         # kubelet API
sudo ufw status numbered
