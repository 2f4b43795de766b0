kubectl get pod POD_NAME -o jsonpath='{.status.containerStatuses[0].state}{"\n"}'
kubectl get pod POD_NAME -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason}{"\n"}'
kubectl get pod POD_NAME -o jsonpath='{range .status.containerStatuses[*]}{.name}{"\t"}{.restartCount}{"\n"}{end}'
