$ kubectl get pod shop -o jsonpath='{.spec.initContainers[0].name} {.spec.initContainers[0].restartPolicy}'
log-agent Always
