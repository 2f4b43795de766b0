kubectl logs POD_NAME                      # single-container pod
kubectl logs POD_NAME -c CONTAINER_NAME    # pick a container
kubectl logs -f POD_NAME -c CONTAINER_NAME # follow new lines
kubectl logs POD_NAME --previous           # the crashed, previous instance
