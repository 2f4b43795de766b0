kubectl taint nodes NODE_NAME KEY=VALUE:NoSchedule-
kubectl wait --for=condition=PodScheduled pod/POD_NAME --timeout=60s
