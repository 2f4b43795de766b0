helm install RELEASE_NAME ./web \
  --set replicaCount=3 \
  --set service.type=NodePort \
  --set resources.requests.cpu=100m,resources.requests.memory=128Mi \
  --set resources.limits.memory=256Mi
