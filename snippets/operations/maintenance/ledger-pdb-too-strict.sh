kubectl patch pdb ledger-pdb --type=merge -p '{"spec":{"minAvailable":3}}'
kubectl wait --for=jsonpath='{.status.disruptionsAllowed}'=0 pdb/ledger-pdb --timeout=60s
NODE=$(kubectl get pods -l app=ledger -o jsonpath='{.items[0].spec.nodeName}')
kubectl drain "$NODE" --ignore-daemonsets --pod-selector=app=ledger --timeout=20s --dry-run=server
