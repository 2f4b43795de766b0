$ kubectl events --for pod/nvme-pod -o jsonpath='{.items[0].reason}: {.items[0].message}{"\n"}'
FailedScheduling: 0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.
