kubectl apply -f app.yaml
kubectl get pod app
kubectl create service clusterip db-service --tcp=5432:5432
kubectl wait --for=condition=Ready pod/app --timeout=120s
