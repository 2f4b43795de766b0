kubectl apply -f frontend-rs.yaml
kubectl wait --for=jsonpath='{.status.readyReplicas}'=3 rs/frontend --timeout=120s
