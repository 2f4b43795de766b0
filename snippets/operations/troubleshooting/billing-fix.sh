kubectl set resources deployment/billing -c nginx --requests=cpu=100m,memory=128Mi
kubectl rollout status deployment/billing --timeout=120s
