kubectl create deployment web --image=nginx:1.277
kubectl wait --for=create pod -l app=web --timeout=30s
kubectl wait --for=jsonpath='{.status.containerStatuses[0].state.waiting.reason}'=ImagePullBackOff \
  pod -l app=web --timeout=60s
