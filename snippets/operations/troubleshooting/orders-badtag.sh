kubectl apply -f orders-deployment.yaml
kubectl rollout status deployment/orders --timeout=120s
kubectl set image deployment/orders nginx=nginx:1.277    # the typo
kubectl wait --for=jsonpath='{.status.updatedReplicas}'=1 deployment/orders --timeout=60s
kubectl wait --for=jsonpath='{.status.containerStatuses[0].state.waiting.reason}'=ImagePullBackOff \
  pod -l app=orders --field-selector=status.phase=Pending --timeout=60s
