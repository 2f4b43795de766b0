sudo kubeadm join LOAD_BALANCER_DNS:6443 --token TOKEN \
  --discovery-token-ca-cert-hash sha256:HASH \
  --control-plane --certificate-key CERTIFICATE_KEY
