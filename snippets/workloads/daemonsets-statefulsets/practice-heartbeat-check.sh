$ kubectl get daemonset heartbeat -o jsonpath='{.kind} {.spec.updateStrategy.type}'
DaemonSet RollingUpdate
