kubectl apply -f one-per-node.yaml
kubectl wait --for=jsonpath='{.status.readyReplicas}'=2 deployment/one-per-node --timeout=120s
