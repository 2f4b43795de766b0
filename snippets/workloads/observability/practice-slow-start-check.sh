$ kubectl get pod slow-start -o jsonpath='{.spec.containers[0].startupProbe.failureThreshold} {.spec.containers[0].startupProbe.periodSeconds}'
18 10
