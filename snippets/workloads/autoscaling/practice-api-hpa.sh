kubectl apply -f api.yaml
kubectl autoscale deployment api --cpu=70% --min=3 --max=12
kubectl wait --for=jsonpath='{.spec.replicas}'=3 deployment/api --timeout=90s
