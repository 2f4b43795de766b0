kubectl apply -f limitrange.yaml
kubectl run defaulted --image=nginx:1.27
