kubectl exec POD_NAME -c CONTAINER_NAME -- COMMAND
kubectl exec busy -- date
kubectl exec -it POD_NAME -c CONTAINER_NAME -- sh
