kubectl apply -f worker.yaml
kubectl rollout status statefulset/worker --timeout=120s
kubectl scale statefulset worker --replicas=2
kubectl wait --for=delete pod/worker-3 pod/worker-4 --timeout=90s
