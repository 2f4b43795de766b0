# On a control-plane node
sudo openssl x509 -in /etc/kubernetes/pki/ca.crt -noout -subject -issuer -enddate
sudo kubeadm certs check-expiration
