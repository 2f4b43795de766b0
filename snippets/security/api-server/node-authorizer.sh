NODE=$(kubectl get nodes -o jsonpath='{.items[0].metadata.name}')
OTHER=$(kubectl get nodes -o jsonpath='{.items[1].metadata.name}')
kubectl get node "$OTHER" --as="system:node:$NODE" --as-group=system:nodes
