kubectl patch pdb ledger-pdb --type=merge -p '{"spec":{"minAvailable":null,"maxUnavailable":1}}'
kubectl wait --for=jsonpath='{.status.disruptionsAllowed}'=1 pdb/ledger-pdb --timeout=60s
NODE=$(kubectl get pods -l app=ledger -o jsonpath='{.items[0].spec.nodeName}')
kubectl drain "$NODE" --ignore-daemonsets --pod-selector=app=ledger --timeout=60s --dry-run=server
