kubectl get pod report -o jsonpath='{range .status.initContainerStatuses[*]}{.name} {.restartCount} {.lastState.terminated.exitCode}{"\n"}{end}'
# Read while the kubelet waits before the next restart: right as it restarts fetch, the failed run's log and
# exit code can be missing from the status for a moment.
kubectl wait pod/report --for=jsonpath='{.status.initContainerStatuses[0].state.waiting.reason}'=CrashLoopBackOff --timeout=120s
kubectl logs report -c fetch --previous > answer.txt
kubectl get pod report -o jsonpath='{.status.initContainerStatuses[?(@.name=="fetch")].lastState.terminated.exitCode}{"\n"}' >> answer.txt
cat answer.txt
