kubectl apply -f checkout-canary.yaml
kubectl get httproute checkout-canary \
  -o jsonpath='{range .spec.rules[0].backendRefs[*]}{.name}={.weight} {end}{"\n"}'
