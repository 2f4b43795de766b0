kubectl create namespace dev
# or print the manifest instead:
kubectl create namespace dev --dry-run=client -o yaml
