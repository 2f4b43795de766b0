kubectl get pods --watch
kubectl get pods -w -o wide
