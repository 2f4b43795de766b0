kubectl apply -f web-deployment.yaml
kubectl rollout status deployment/web --timeout=120s
kubectl get deployment,replicaset,pods -l app=web
