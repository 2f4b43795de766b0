kubectl config set-context --current --namespace=team-a
kubectl get pod api -o yaml > api.yaml
kubectl delete namespace team-a
kubectl config set-context --current --namespace=default
kubectl wait --for=delete namespace/team-a --timeout=120s
