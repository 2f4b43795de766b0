$ kubectl get service pay -o jsonpath='{.spec.selector.version} {.spec.ports[0].targetPort}'
green 8080
