kubectl get pod db-backup -o jsonpath='{.spec.priorityClassName} {.spec.priority} {.spec.preemptionPolicy}'
kubectl get priorityclass -o custom-columns=NAME:.metadata.name,VALUE:.value,POLICY:.preemptionPolicy
