kubectl describe rs -l app=billing-api
kubectl set resources deployment/billing-api -c nginx --requests=cpu=50m,memory=64Mi
kubectl rollout status deployment/billing-api --timeout=120s
