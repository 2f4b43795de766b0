kubectl patch service shop-web --type=json \
  -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":"http"}]'
kubectl wait --for=jsonpath='{.ports[0].port}'=80 endpointslice -l kubernetes.io/service-name=shop-web --timeout=30s
