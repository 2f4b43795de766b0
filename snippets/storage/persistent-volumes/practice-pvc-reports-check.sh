$ kubectl apply -f pvc-reports.yaml
persistentvolumeclaim/reports created
$ kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/reports --timeout=60s
persistentvolumeclaim/reports condition met
$ kubectl get pvc reports -o jsonpath='{.spec.volumeName} {.status.capacity.storage}'
pvdemo-task-files 2Gi
