kubectl apply -f broker-sts.yaml
kubectl rollout status statefulset/broker --timeout=120s
