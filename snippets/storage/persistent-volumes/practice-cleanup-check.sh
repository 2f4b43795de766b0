$ kubectl get pv,storageclass -l lab=storage -o name | wc -l
0
