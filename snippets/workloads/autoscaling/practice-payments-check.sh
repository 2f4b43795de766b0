$ kubectl get pod payments -o jsonpath='{.spec.priorityClassName} {.spec.priority}'
autoscaling-task-payments 500000
