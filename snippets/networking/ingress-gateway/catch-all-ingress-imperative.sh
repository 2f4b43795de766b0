kubectl create ingress catch-all --class=nginx \
  --default-backend=shop:80 \
  --rule="/api*=api:8080" \
  --dry-run=client -o yaml
