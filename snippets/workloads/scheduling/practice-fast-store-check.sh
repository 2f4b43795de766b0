kubectl apply -f fast-store.yaml
kubectl wait --for=condition=PodScheduled pod/fast-store --timeout=60s
NODE=$(kubectl get pod fast-store -o jsonpath='{.spec.nodeName}')
kubectl get node "$NODE" -o jsonpath='{.metadata.labels.disktype}{"\n"}'
