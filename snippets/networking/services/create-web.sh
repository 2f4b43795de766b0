kubectl apply -f nginx-deployment.yaml
kubectl apply -f web-clusterip.yaml
kubectl rollout status deployment/nginx --timeout=120s
