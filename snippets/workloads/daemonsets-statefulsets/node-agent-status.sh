$ kubectl get ds node-agent -o jsonpath='{.status.desiredNumberScheduled} {.status.numberReady}'
2 2
