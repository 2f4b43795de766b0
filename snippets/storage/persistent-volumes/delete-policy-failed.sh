$ kubectl wait --for=jsonpath='{.status.phase}'=Failed pv/pvdemo-delete --timeout=60s
persistentvolume/pvdemo-delete condition met
$ kubectl get pv pvdemo-delete -o jsonpath='{.status.message}'
host_path deleter only supports /tmp/.+ but received provided /mnt/pvdemo/delete
