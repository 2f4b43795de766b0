kubectl create service externalname example-site --external-name=www.example.com \
  --dry-run=client -o yaml
