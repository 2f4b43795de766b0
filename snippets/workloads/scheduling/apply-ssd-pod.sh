kubectl apply -f ssd-pod.yaml
kubectl wait --for=condition=PodScheduled pod/ssd-pod --timeout=60s
