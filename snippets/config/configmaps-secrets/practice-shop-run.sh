kubectl create configmap shop-config --from-literal=SHOP_MODE=test --from-literal=SHOP_CURRENCY=EUR
kubectl apply -f shop-pod.yaml
kubectl get configmap shop-config -o jsonpath='{.data.SHOP_MODE}{"\n"}'
kubectl get pod shop -o jsonpath='{.spec.containers[0].envFrom[0].configMapRef.name}{"\n"}'
