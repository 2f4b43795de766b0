$ kubectl wait --for=jsonpath='{.status.phase}'=Released pv/pvdemo-web --timeout=60s
persistentvolume/pvdemo-web condition met
$ kubectl get pv pvdemo-web -o jsonpath='{.spec.claimRef.name}'
web-data
