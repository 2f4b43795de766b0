kubectl set resources deployment/billing -c nginx --requests=cpu=50m,memory=64Mi
kubectl rollout status deployment/billing --timeout=120s
