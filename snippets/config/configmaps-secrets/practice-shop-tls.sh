openssl req -x509 -newkey rsa:2048 -nodes -days 30 \
  -keyout shop.key -out shop.crt -subj "/CN=shop.example.com" 2>/dev/null
kubectl create secret tls shop-tls --cert=shop.crt --key=shop.key
