kubectl config view --raw -o jsonpath='{.clusters[0].cluster.certificate-authority-data}' | base64 -d > ca.crt
kubectl config view --raw -o jsonpath='{.users[0].user.client-certificate-data}' | base64 -d > user.crt
kubectl config view --raw -o jsonpath='{.users[0].user.client-key-data}' | base64 -d > user.key
chmod 600 user.key
