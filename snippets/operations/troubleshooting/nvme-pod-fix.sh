sed -i '/nodeSelector:/d; /disktype: nvme/d' nvme-pod.yaml   # or delete both lines in your editor
kubectl replace --force -f nvme-pod.yaml
kubectl wait --for=condition=Ready pod/nvme-pod --timeout=60s
