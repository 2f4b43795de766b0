kubectl describe pod cache | grep -A3 Events
kubectl apply -f cache-data-pvc.yaml
kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/cache-data --timeout=60s
kubectl wait --for=condition=PodScheduled pod/cache --timeout=60s
