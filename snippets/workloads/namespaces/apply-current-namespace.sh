kubectl apply -f web.yaml
kubectl get pods
