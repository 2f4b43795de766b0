kubectl apply -f nvme-pod.yaml
kubectl wait --for=condition=PodScheduled=false pod/nvme-pod --timeout=60s
