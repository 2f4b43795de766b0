kubectl apply -f legacy-api.yaml -f metrics.yaml
kubectl get svc legacy-api -o jsonpath='{.spec.externalName}{"\n"}'
kubectl get endpointslices -l kubernetes.io/service-name=metrics \
  -o jsonpath='{.items[0].endpoints[0].addresses[0]}{"\n"}'
