kubectl apply -f beta-route.yaml
kubectl get httproute beta \
  -o jsonpath='{.spec.rules[0].matches[0].headers[0].name}={.spec.rules[0].matches[0].headers[0].value} -> {.spec.rules[0].backendRefs[0].name}{"\n"}'
