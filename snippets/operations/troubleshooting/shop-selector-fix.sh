kubectl patch service shop -p '{"spec":{"selector":{"app":"shop"}}}'
kubectl wait --for=jsonpath='{.ports[0].port}'=80 endpointslice -l kubernetes.io/service-name=shop --timeout=30s
