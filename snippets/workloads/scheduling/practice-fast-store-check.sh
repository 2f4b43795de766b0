kubectl apply -f fast-store.yaml
kubectl get pod fast-store -o wide
