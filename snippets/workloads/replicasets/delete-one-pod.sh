POD_NAME=$(kubectl get pods -l app=frontend -o jsonpath='{.items[0].metadata.name}')
kubectl delete pod "$POD_NAME"
kubectl wait --for=condition=Ready pods -l app=frontend --timeout=120s
kubectl wait --for=jsonpath='{.status.readyReplicas}'=4 rs/frontend --timeout=120s
