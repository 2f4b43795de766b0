kubectl autoscale deployment DEPLOYMENT_NAME --cpu=50% --min=2 --max=10 \
  --dry-run=client -o yaml > hpa.yaml
