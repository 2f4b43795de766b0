kubectl get pods -l app=ipcheck -o wide
kubectl get configmap ipcheck -o jsonpath='{.data.ip}{"\n"}'
