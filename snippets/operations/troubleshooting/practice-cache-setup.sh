kubectl apply -f cache.yaml
