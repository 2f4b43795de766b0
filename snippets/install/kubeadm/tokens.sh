sudo kubeadm token list
sudo kubeadm token delete TOKEN
sudo kubeadm token create --print-join-command --ttl=15m
