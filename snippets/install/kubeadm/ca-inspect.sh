sudo openssl x509 -in /etc/kubernetes/pki/ca.crt -noout -subject -dates
