kubectl delete pod report-viewer --now
kubectl delete pvc reports
kubectl wait --for=jsonpath='{.status.phase}'=Released pv/pvdemo-task-files --timeout=60s
kubectl patch pv pvdemo-task-files --type=json -p '[{"op":"remove","path":"/spec/claimRef"}]'
