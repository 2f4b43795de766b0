sed -i 's/disktype: nvme/disktype: ssd/' nvme-pod.yaml
kubectl replace --force -f nvme-pod.yaml
kubectl wait --for=condition=PodScheduled pod/nvme-pod --timeout=60s
