openssl req -x509 -newkey rsa:2048 -nodes -days 30 \
  -keyout secure.key -out secure.crt -subj "/CN=secure.example.com" 2>/dev/null
kubectl create secret tls secure-tls --cert=secure.crt --key=secure.key
kubectl create ingress secure --class=nginx \
  --rule="secure.example.com/*=shop:80,tls=secure-tls"
kubectl get ingress secure -o jsonpath='{.spec.tls[0].hosts[0]} {.spec.tls[0].secretName}{"\n"}'
