kubectl auth can-i create deployments
kubectl apply -f web-deployment.yaml --dry-run=server
