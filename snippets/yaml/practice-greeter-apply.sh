kubectl apply -f greeter.yaml
kubectl get configmap greeting
kubectl get pod greeter
