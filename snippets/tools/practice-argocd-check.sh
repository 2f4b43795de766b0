kubectl apply -f shop-app.yaml
kubectl get applications.argoproj.io shop -n argocd \
  -o jsonpath='{.status.sync.status} {.status.health.status}{"\n"}'
