sudo kubeadm init phase upload-certs --upload-certs      # prints a new certificate key
sudo kubeadm token create --print-join-command --certificate-key CERTIFICATE_KEY
