kubectl apply -f zone-affinity-pod.yaml
kubectl wait --for=condition=PodScheduled pod/zone-b-pod --timeout=60s
