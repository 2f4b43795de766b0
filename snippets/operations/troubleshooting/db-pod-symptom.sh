$ kubectl events --for pod/db -o jsonpath='{.items[0].reason}: {.items[0].message}{"\n"}'
FailedScheduling: 0/2 nodes are available: persistentvolumeclaim "db-data" not found. not found
