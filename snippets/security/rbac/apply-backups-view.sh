kubectl apply -f study-backups-view.yaml
# view, and through the chain edit and admin, now contain the rule:
kubectl wait clusterrole/admin --timeout=60s \
  --for=jsonpath='{.rules[?(@.apiGroups[0]=="backup.example.com")].resources[0]}'=backups
