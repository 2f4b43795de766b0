sudo kubeadm init --config kubeadm-ha-external-etcd.yaml --upload-certs
