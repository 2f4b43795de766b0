kubectl describe node NODE_NAME    # see "Allocated resources"
kubectl top pod POD_NAME           # needs metrics-server
kubectl top node
