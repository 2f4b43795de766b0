sed -i 's/cpu: "100"/cpu: 100m/' big-request.yaml   # or fix it in your editor
kubectl replace --force -f big-request.yaml
kubectl wait --for=condition=PodScheduled pod/big-request --timeout=60s
