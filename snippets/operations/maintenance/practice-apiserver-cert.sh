SERVER=$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')
openssl s_client -connect "${SERVER#https://}" </dev/null 2>/dev/null > served.pem
openssl x509 -noout -enddate -in served.pem
openssl x509 -noout -checkend 2592000 -in served.pem
