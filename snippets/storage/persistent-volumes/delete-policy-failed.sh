$ kubectl apply -f delete-policy.yaml
persistentvolume/pvdemo-delete created
persistentvolumeclaim/short-lived created
$ kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/short-lived --timeout=60s
persistentvolumeclaim/short-lived condition met
$ kubectl delete pvc short-lived
persistentvolumeclaim "short-lived" deleted from <namespace> namespace
$ kubectl wait --for=jsonpath='{.status.phase}'=Failed pv/pvdemo-delete --timeout=60s
persistentvolume/pvdemo-delete condition met
$ kubectl get pv pvdemo-delete -o jsonpath='{.status.message}'
host_path deleter only supports /tmp/.+ but received provided /mnt/pvdemo/delete
