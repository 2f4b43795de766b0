kubectl describe pod POD_NAME
kubectl get pod POD_NAME -o jsonpath='{range .status.initContainerStatuses[*]}{.name} {.restartCount} {.lastState.terminated.exitCode}{"\n"}{end}'
kubectl logs POD_NAME -c INIT_CONTAINER_NAME --previous
