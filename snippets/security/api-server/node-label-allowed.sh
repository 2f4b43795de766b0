NODE=$(kubectl get nodes -o jsonpath='{.items[0].metadata.name}')
kubectl label node "$NODE" example.com/rack=r1 \
  --dry-run=server --as="system:node:$NODE" --as-group=system:nodes
