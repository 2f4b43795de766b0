kubectl apply -f shards.yaml
kubectl wait --for=condition=Complete job/shards --timeout=60s
