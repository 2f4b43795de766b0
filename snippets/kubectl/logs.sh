kubectl logs POD_NAME
kubectl logs POD_NAME -c CONTAINER_NAME
kubectl logs -f POD_NAME -c CONTAINER_NAME
kubectl logs POD_NAME -c CONTAINER_NAME --previous
kubectl logs POD_NAME --tail=20
