kubectl apply -f etl.yaml
kubectl wait --for=condition=PodScheduled pod/etl --timeout=60s
kubectl get pod etl -o jsonpath='{.spec.nodeName}{"\n"}'
