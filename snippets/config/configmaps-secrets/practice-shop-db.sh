$ kubectl create secret generic shop-db --from-literal=user=shop --from-literal=password=Pa55-word
secret/shop-db created
$ kubectl get secret shop-db -o jsonpath='{.data.password}' | base64 -d; echo
Pa55-word
