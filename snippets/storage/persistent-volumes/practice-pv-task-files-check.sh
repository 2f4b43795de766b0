$ kubectl apply -f pv-task-files.yaml
persistentvolume/pvdemo-task-files created
$ kubectl get pv pvdemo-task-files -o jsonpath='{.status.phase} {.spec.accessModes}'
Available ["ReadWriteOnce","ReadOnlyMany"]
