kubectl delete daemonset metrics-agent ssd-cache heartbeat
kubectl delete -f kv.yaml -f worker.yaml
