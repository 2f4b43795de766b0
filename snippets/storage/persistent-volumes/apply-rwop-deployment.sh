kubectl apply -f rwop-deployment.yaml
kubectl wait --for=jsonpath='{.status.readyReplicas}'=1 deployment/single-writer --timeout=90s
