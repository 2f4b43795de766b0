$ kubectl get pod big-request
NAME          READY   STATUS    RESTARTS   AGE
big-request   0/1     Pending   0          0s
$ kubectl events --for pod/big-request -o jsonpath='{.items[0].reason}{"\n"}'
FailedScheduling
$ kubectl events --for pod/big-request | grep -o 'Insufficient cpu' | head -1
Insufficient cpu
