kubectl expose deployment nginx --name=web-lb --type=LoadBalancer --port=80 \
  --dry-run=client -o yaml
