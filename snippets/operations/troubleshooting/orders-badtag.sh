kubectl apply -f orders-deployment.yaml
kubectl rollout status deployment/orders --timeout=120s
kubectl set image deployment/orders nginx=nginx:1.277    # the typo
kubectl wait --for=jsonpath='{.status.observedGeneration}'=2 deployment/orders
kubectl get rs -l app=orders                             # a second ReplicaSet appeared
kubectl rollout undo deployment/orders
kubectl rollout status deployment/orders --timeout=120s
