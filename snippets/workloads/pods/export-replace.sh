kubectl get pod POD_NAME -o yaml > pod.yaml
vi pod.yaml
kubectl replace --force -f pod.yaml
