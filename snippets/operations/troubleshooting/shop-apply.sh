kubectl apply -f shop-deployment.yaml -f shop-services.yaml
kubectl rollout status deployment/shop --timeout=120s
kubectl wait --for=create endpointslice -l kubernetes.io/service-name=shop --timeout=30s
