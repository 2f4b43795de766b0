kubectl get deployment shop -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
kubectl get replicasets -l app=shop
