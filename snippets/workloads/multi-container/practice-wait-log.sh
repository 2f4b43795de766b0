kubectl logs app -c wait-for-db --tail=3
kubectl get service db-service -o jsonpath='{.spec.clusterIP}{"\n"}'
