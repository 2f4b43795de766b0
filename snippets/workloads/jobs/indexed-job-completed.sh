$ kubectl get job indexed-demo -o jsonpath='{.status.completedIndexes}'
0-2
