$ kubectl get pod big-request
NAME          READY   STATUS    RESTARTS   AGE
big-request   0/1     Pending   0          0s
$ kubectl events --for pod/big-request -o jsonpath='{.items[0].reason}: {.items[0].message}{"\n"}'
FailedScheduling: 0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.
