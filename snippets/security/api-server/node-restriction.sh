NODE=$(kubectl get nodes -o jsonpath='{.items[0].metadata.name}')
kubectl label node "$NODE" node-restriction.kubernetes.io/zone=secure \
  --dry-run=server --as="system:node:$NODE" --as-group=system:nodes
