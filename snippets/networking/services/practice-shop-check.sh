kubectl apply -f shop-deploy.yaml -f shop-svc.yaml
kubectl get endpointslices -l kubernetes.io/service-name=shop
kubectl describe svc shop
