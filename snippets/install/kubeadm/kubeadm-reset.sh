sudo kubeadm reset -f
sudo rm -rf /etc/cni/net.d
sudo iptables -F && sudo iptables -t nat -F && sudo iptables -t mangle -F && sudo iptables -X
sudo ip6tables -F && sudo ip6tables -t nat -F && sudo ip6tables -t mangle -F && sudo ip6tables -X
sudo nft delete table ip kube-proxy
sudo nft delete table ip6 kube-proxy
sudo ipvsadm --clear
rm -f "$HOME/.kube/config"
sudo rm -f /etc/kubernetes/kubelet.conf
sudo rm -rf /etc/kubernetes/pki
