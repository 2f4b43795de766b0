kubectl create rolebinding dana-access --clusterrole=edit --user=dana \
  --dry-run=client -o yaml > dana-access.yaml
kubectl replace --force -f dana-access.yaml
