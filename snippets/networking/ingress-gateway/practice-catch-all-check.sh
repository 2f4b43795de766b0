kubectl apply -f catch-all-route.yaml
kubectl get httproute catch-all \
  -o jsonpath='{range .spec.rules[*]}{.matches[0].path.type}:{.matches[0].path.value}->{.backendRefs[0].name} {end}{"\n"}'
