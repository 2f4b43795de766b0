kubectl run static-web --image=nginx:1.27 --port=80 --labels=role=web \
  --dry-run=client -o yaml > static-web.yaml
