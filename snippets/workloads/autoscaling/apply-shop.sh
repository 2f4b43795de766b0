kubectl apply -f shop-deployment.yaml -f shop-hpa.yaml
kubectl wait --for=jsonpath='{.status.currentReplicas}'=2 hpa/shop --timeout=90s
