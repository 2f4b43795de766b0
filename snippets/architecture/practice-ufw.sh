sudo ufw allow 6443/tcp          # API server: everyone
sudo ufw allow 2379:2380/tcp     # etcd client and peer traffic
sudo ufw allow 10250/tcp         # kubelet API: control plane to node
sudo ufw status numbered
