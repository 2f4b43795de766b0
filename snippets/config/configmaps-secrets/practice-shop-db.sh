kubectl create secret generic shop-db --from-literal=user=shop --from-literal=password=Pa55-word
kubectl get secret shop-db -o jsonpath='{.data.password}' | base64 -d; echo
