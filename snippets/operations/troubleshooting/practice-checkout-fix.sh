kubectl get endpointslices -l kubernetes.io/service-name=checkout
kubectl get pods --show-labels
kubectl patch service checkout --type=json -p '[
  {"op":"replace","path":"/spec/selector","value":{"app":"checkout"}},
  {"op":"replace","path":"/spec/ports/0/targetPort","value":"http"}]'
kubectl wait --for=jsonpath='{.ports[0].port}'=80 endpointslice \
  -l kubernetes.io/service-name=checkout --timeout=30s
