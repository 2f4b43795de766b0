kubectl create ingress shop-secure --class=nginx \
  --rule="shop.example.com/*=shop:80,tls=shop-tls" \
  --dry-run=client -o yaml
