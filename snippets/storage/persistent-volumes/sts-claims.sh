$ kubectl get pvc data-db-0 data-db-1 -o jsonpath='{range .items[*]}{.metadata.name}: {.status.phase}{"\n"}{end}'
data-db-0: Bound
data-db-1: Bound
