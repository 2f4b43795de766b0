kubectl apply -f api-rs.yaml
kubectl get rs api
kubectl get pods -l app=api,tier=backend
