kubectl apply -f userns-pod.yaml
kubectl get pod userns-demo -o jsonpath='{.spec.hostUsers}'
