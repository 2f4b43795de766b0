kubectl get pod POD_NAME -o yaml > pod.yaml
kubectl get pod POD_NAME -n NAMESPACE -o yaml > pod.yaml
