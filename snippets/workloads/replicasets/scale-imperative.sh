kubectl scale rs frontend --replicas=4
kubectl wait --for=jsonpath='{.status.readyReplicas}'=4 rs/frontend --timeout=120s
