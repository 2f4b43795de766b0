kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}' > server.txt
kubectl config view --minify --raw --flatten -o jsonpath='{.clusters[0].cluster.certificate-authority-data}' \
  | base64 -d | openssl x509 -noout -enddate > ca-expiry.txt
cat server.txt ca-expiry.txt
