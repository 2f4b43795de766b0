curl -LO "https://dl.k8s.io/release/v1.37.2/bin/linux/amd64/kubectl-convert"
sudo install -m 0755 kubectl-convert /usr/local/bin/kubectl-convert
kubectl convert -f old-deployment.yaml --output-version apps/v1 > deployment.yaml
