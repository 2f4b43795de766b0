kubectl set resources deployment DEPLOYMENT_NAME -c CONTAINER_NAME \
  --requests=cpu=100m,memory=128Mi --limits=cpu=200m,memory=256Mi
