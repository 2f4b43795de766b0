kubectl apply -f app.yaml
kubectl get pod app
