kubectl expose deployment nginx --name=web-headless --cluster-ip=None --port=80 \
  --dry-run=client -o yaml
