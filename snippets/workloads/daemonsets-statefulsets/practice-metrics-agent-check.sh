$ kubectl get ds metrics-agent -o jsonpath='{.status.desiredNumberScheduled} {.status.numberReady}'
2 2
