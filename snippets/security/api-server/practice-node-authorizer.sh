NODE=$(kubectl get nodes -o jsonpath='{.items[0].metadata.name}')
OTHER=$(kubectl get nodes -o jsonpath='{.items[1].metadata.name}')
kubectl auth can-i get "node/$NODE" --as="system:node:$NODE" --as-group=system:nodes
! kubectl auth can-i get "node/$OTHER" --as="system:node:$NODE" --as-group=system:nodes
