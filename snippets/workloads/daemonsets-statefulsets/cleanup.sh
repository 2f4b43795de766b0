kubectl delete daemonset node-agent logger ssd-monitor
kubectl delete -f web-sts.yaml -f broker-sts.yaml
