kubectl apply -f shop.yaml
kubectl wait --for=condition=Ready pod/shop --timeout=120s
