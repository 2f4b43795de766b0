sudo kubeadm certs renew apiserver
sudo mv /etc/kubernetes/manifests/kube-apiserver.yaml /root/
sleep 30
sudo mv /root/kube-apiserver.yaml /etc/kubernetes/manifests/
sudo kubeadm certs check-expiration | grep '^apiserver '
