$ kubectl get job shards -o jsonpath='{.spec.completionMode} {.status.completedIndexes}'
Indexed 0-3
