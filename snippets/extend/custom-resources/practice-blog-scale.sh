kubectl scale webapp blog --replicas=3
kubectl get webapps
