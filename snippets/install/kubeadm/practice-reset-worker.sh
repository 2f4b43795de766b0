sudo kubeadm reset -f
sudo rm -rf /etc/cni/net.d
sudo nft delete table ip kube-proxy
sudo nft delete table ip6 kube-proxy
sudo nft list tables
