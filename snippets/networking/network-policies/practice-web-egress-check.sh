kubectl apply -f web-egress.yaml
kubectl get networkpolicy web-egress \
  -o jsonpath='{.spec.policyTypes} {.spec.egress[*].ports[*].port}{"\n"}'
