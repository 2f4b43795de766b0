kubectl apply -f legacy-api.yaml -f metrics.yaml
kubectl get svc legacy-api metrics
kubectl get endpointslices -l kubernetes.io/service-name=metrics
