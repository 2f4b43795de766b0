kubectl patch pod web --subresource resize --patch \
  '{"spec":{"containers":[{"name":"web","resources":{"limits":{"cpu":"80m"}}}]}}'
kubectl wait pod/web --timeout=60s \
  --for=jsonpath='{.status.containerStatuses[0].resources.limits.cpu}'=80m
