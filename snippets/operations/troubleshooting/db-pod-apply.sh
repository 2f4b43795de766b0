kubectl apply -f db-pod.yaml
kubectl wait --for=condition=PodScheduled=false pod/db --timeout=60s
