kubectl apply -f web-server.yaml
kubectl wait --for=condition=PodScheduled pod/web-server --timeout=60s
kubectl apply -f web-cache.yaml
kubectl wait --for=condition=PodScheduled pod/web-cache --timeout=60s
