kubectl apply -f orders-deployment.yaml
kubectl rollout status deployment/orders --timeout=120s
kubectl set image deployment/orders nginx=nginx:1.277      # the typo
kubectl rollout status deployment/orders --timeout=120s    # finishes here; hangs on a real cluster
kubectl rollout undo deployment/orders
kubectl rollout status deployment/orders --timeout=120s
