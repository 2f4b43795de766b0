kubectl apply -f testrs.yaml
kubectl wait --for=jsonpath='{.status.readyReplicas}'=2 rs/testrs --timeout=120s
