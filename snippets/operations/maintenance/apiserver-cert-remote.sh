SERVER=$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')
openssl s_client -connect "${SERVER#https://}" </dev/null 2>/dev/null \
  | openssl x509 -noout -subject -enddate
