kubectl logs POD_NAME -c CONTAINER_NAME
kubectl logs POD_NAME --all-containers
kubectl exec -it POD_NAME -c CONTAINER_NAME -- sh
