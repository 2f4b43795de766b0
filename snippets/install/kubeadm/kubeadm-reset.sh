sudo kubeadm reset -f
sudo rm -rf /etc/cni/net.d
sudo iptables -F && sudo iptables -t nat -F && sudo iptables -t mangle -F && sudo iptables -X
sudo ipvsadm --clear
rm -f "$HOME/.kube/config"
sudo rm -f /etc/kubernetes/kubelet.conf
sudo rm -rf /etc/kubernetes/pki
