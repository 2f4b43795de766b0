$ kubectl get pod nvme-pod -o jsonpath='{.spec.nodeSelector.disktype} {.status.conditions[?(@.type=="PodScheduled")].status}{"\n"}'
ssd True
