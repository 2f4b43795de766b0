kubectl apply -f lockdown-ingress.yaml
kubectl get networkpolicy lockdown-ingress \
  -o jsonpath='{.spec.podSelector} {.spec.policyTypes}{"\n"}'
