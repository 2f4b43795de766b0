kubectl apply -f init-greeter.yaml
kubectl get pod init-greeter
