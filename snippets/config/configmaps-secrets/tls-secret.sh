openssl req -x509 -newkey rsa:2048 -nodes -days 365 \
  -keyout web.key -out web.crt -subj "/CN=web.example.com" 2>/dev/null
kubectl create secret tls web-tls --cert=web.crt --key=web.key
kubectl get secret web-tls -o jsonpath='{.type}{"\n"}'
