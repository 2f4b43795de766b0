kubectl apply -f shop-deployment.yaml --dry-run=server
