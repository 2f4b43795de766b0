sudo kubeadm certs renew all
sudo mkdir -p /root/manifests-paused
sudo sh -c 'mv /etc/kubernetes/manifests/*.yaml /root/manifests-paused/'
sleep 30                                   # the kubelet stops the static pods
sudo sh -c 'mv /root/manifests-paused/*.yaml /etc/kubernetes/manifests/'
sudo kubeadm certs check-expiration
sudo cp /etc/kubernetes/admin.conf "$HOME/.kube/config"   # your copy has the old certificate
sudo chown "$(id -u):$(id -g)" "$HOME/.kube/config"
