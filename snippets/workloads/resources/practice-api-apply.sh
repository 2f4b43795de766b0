kubectl apply -f api.yaml
