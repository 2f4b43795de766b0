$ kubectl logs crashy --previous
starting
fatal: DB_HOST is not set
$ kubectl get pod crashy -o jsonpath='{.status.containerStatuses[0].lastState.terminated.exitCode}{"\n"}'
3
