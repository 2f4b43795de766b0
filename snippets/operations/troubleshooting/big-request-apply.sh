kubectl apply -f big-request.yaml
kubectl wait --for=condition=PodScheduled=false pod/big-request --timeout=60s
