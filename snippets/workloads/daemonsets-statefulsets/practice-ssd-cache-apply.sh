kubectl apply -f ssd-cache.yaml
kubectl wait --for=jsonpath='{.status.numberReady}'=1 daemonset/ssd-cache --timeout=90s
kubectl set image daemonset/ssd-cache redis=redis:7.4
