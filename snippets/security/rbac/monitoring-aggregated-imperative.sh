kubectl create clusterrole study-monitoring \
  --aggregation-rule="rbac.example.com/aggregate-to-monitoring=true" \
  --dry-run=client -o yaml
