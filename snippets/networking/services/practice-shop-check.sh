kubectl apply -f shop-deploy.yaml -f shop-svc.yaml
kubectl rollout status deployment/shop --timeout=120s
kubectl get service shop -o jsonpath='{.spec.ports[0].nodePort}{"\n"}'
kubectl get endpointslices -l kubernetes.io/service-name=shop \
  -o jsonpath='{.items[*].endpoints[*].addresses[0]}{"\n"}'
