$ kubectl get pod urgent -o jsonpath='{.status.phase}'
Running
$ kubectl get events --field-selector reason=Preempted -o jsonpath='{.items[*].involvedObject.kind} {.items[*].reason}'
Pod Preempted
