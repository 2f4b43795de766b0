sudo kubeadm join CONTROL_PLANE_HOST:6443 --token TOKEN \
  --discovery-token-ca-cert-hash sha256:HASH
