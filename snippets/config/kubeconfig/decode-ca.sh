kubectl config view --raw -o jsonpath='{.clusters[0].cluster.certificate-authority-data}' | base64 -d
sudo cat /etc/kubernetes/pki/ca.crt
base64 -w0 /etc/kubernetes/pki/ca.crt
