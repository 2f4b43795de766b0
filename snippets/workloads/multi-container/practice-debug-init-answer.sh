kubectl get pod report -o jsonpath='{range .status.initContainerStatuses[*]}{.name} {.restartCount} {.lastState.terminated.exitCode}{"\n"}{end}'
kubectl logs report -c fetch --previous > answer.txt
kubectl get pod report -o jsonpath='{.status.initContainerStatuses[?(@.name=="fetch")].lastState.terminated.exitCode}{"\n"}' >> answer.txt
cat answer.txt
