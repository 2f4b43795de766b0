$ kubectl patch pv pvdemo-web --type=json -p '[{"op":"remove","path":"/spec/claimRef"}]'
persistentvolume/pvdemo-web patched
$ kubectl wait --for=jsonpath='{.status.phase}'=Available pv/pvdemo-web --timeout=60s
persistentvolume/pvdemo-web condition met
