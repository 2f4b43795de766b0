kubectl get pod report -o jsonpath='{range .status.initContainerStatuses[*]}{.name} {.restartCount} {.lastState.terminated.exitCode}{"\n"}{end}'
# Right as the kubelet restarts fetch, the previous run's log can be gone for a moment: then read the current one.
kubectl logs report -c fetch --previous > answer.txt || kubectl logs report -c fetch > answer.txt
kubectl get pod report -o jsonpath='{.status.initContainerStatuses[?(@.name=="fetch")].lastState.terminated.exitCode}{"\n"}' >> answer.txt
cat answer.txt
