kubectl apply -f polite-priority.yaml
kubectl wait --for=condition=PodScheduled=false pod/polite --timeout=60s
