kubectl create secret generic db-creds \
  --from-literal=username=app \
  --from-literal='password=S3cr3t!' \
  --dry-run=client -o yaml
