kubectl apply -f init-demo.yaml
kubectl get pod init-demo
