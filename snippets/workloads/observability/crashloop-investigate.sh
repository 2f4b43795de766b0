kubectl describe pod POD_NAME          # Last State: Terminated, Reason, Exit Code; events at the bottom
kubectl logs POD_NAME --previous       # what the crashed instance printed before it died
kubectl get pod POD_NAME -o jsonpath='{.status.containerStatuses[0].lastState.terminated.exitCode}'
