NODE=$(kubectl get pods -l app=invoices -o jsonpath='{.items[0].spec.nodeName}')
kubectl drain "$NODE" --ignore-daemonsets --delete-emptydir-data \
  --pod-selector=app=invoices --timeout=60s --dry-run=server | tee drain-check.txt
