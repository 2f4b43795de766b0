kubectl apply -f payments-from-checkout.yaml
kubectl get networkpolicy payments-from-checkout \
  -o jsonpath='{.spec.ingress[0].from[0].podSelector.matchLabels.app} {.spec.ingress[0].ports[0].port}{"\n"}'
