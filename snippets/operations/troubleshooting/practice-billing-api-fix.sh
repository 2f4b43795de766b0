kubectl describe rs -l app=billing-api
kubectl set resources deployment/billing-api -c nginx --requests=cpu=200m,memory=256Mi
kubectl rollout status deployment/billing-api --timeout=120s
