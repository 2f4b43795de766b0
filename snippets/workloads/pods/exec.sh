kubectl exec POD_NAME -c CONTAINER_NAME -- ls -l /
kubectl exec -it POD_NAME -- sh    # interactive shell (-i stdin, -t terminal)
