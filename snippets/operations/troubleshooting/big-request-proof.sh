$ kubectl get pod big-request -o jsonpath='{.spec.containers[0].resources.requests.cpu} {.status.conditions[?(@.type=="PodScheduled")].status}{"\n"}'
100m True
