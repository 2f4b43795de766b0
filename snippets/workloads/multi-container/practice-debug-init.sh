kubectl describe pod POD_NAME
kubectl logs POD_NAME -c INIT_CONTAINER_NAME
kubectl logs POD_NAME -c INIT_CONTAINER_NAME --previous
