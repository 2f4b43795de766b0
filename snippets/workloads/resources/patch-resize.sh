kubectl patch pod web --subresource resize --patch \
  '{"spec":{"containers":[{"name":"web","resources":{"limits":{"cpu":"80m"}}}]}}'
kubectl get pod web -o jsonpath='{.status.containerStatuses[0].resources}'
