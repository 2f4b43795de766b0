kubectl get namespaces
kubectl get ns
