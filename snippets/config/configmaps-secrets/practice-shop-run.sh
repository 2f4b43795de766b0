kubectl create configmap shop-config --from-literal=SHOP_MODE=test --from-literal=SHOP_CURRENCY=EUR
kubectl apply -f shop-pod.yaml
kubectl wait --for=condition=Ready pod/shop --timeout=60s
