kubectl apply -f two-containers.yaml
kubectl get pod two-containers -o jsonpath='{.status.podIP}{"\n"}'
