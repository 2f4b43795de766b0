$ kubectl delete pod web-pvc --now
pod "web-pvc" deleted from <namespace> namespace
$ kubectl wait --for=delete pvc/web-data --timeout=60s
persistentvolumeclaim/web-data condition met
$ kubectl wait --for=jsonpath='{.status.phase}'=Released pv/pvdemo-web --timeout=60s
persistentvolume/pvdemo-web condition met
