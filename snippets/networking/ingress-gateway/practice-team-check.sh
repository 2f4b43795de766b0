kubectl apply -f team-gateway.yaml
kubectl get gateway team-gateway -o jsonpath='{.spec.listeners[0].allowedRoutes.namespaces.from}{"\n"}'
kubectl get httproute team-app -o jsonpath='{.spec.parentRefs[0].name} {.spec.rules[0].matches[0].path.value}{"\n"}'
