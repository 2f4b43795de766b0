sudo kubeadm token create --print-join-command --ttl=20m
