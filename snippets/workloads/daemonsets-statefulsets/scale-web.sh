kubectl scale statefulset web --replicas=5
kubectl rollout status statefulset/web --timeout=120s
kubectl scale statefulset web --replicas=2
kubectl wait --for=delete pod/web-4 pod/web-3 pod/web-2 --timeout=90s
