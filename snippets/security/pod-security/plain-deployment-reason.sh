$ kubectl get deployment plain-web -o jsonpath='{.status.conditions[?(@.type=="ReplicaFailure")].reason}'
FailedCreate
