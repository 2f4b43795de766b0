$ kubectl apply -f local-data.yaml
persistentvolume/pvdemo-local-1 created
persistentvolumeclaim/local-data created
$ kubectl get pvc local-data -o jsonpath='{.status.phase}'
Pending
