kubectl describe pod POD_NAME             # State, Last State, Exit Code, Restart Count, Events
kubectl logs POD_NAME --previous          # what the crashed instance printed
kubectl logs POD_NAME -c CONTAINER_NAME --previous   # one container of several
kubectl get pod POD_NAME -o jsonpath='{.status.containerStatuses[0].lastState.terminated}{"\n"}'
