kubectl apply -f logs-web.yaml
kubectl rollout status deployment/web --timeout=120s
kubectl wait pod -l app=web --timeout=120s \
  --for=jsonpath='{.status.containerStatuses[?(@.name=="log-agent")].restartCount}'=1
