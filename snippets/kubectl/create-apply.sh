kubectl create -f busy.yaml
kubectl apply -f busy.yaml
kubectl get pods
