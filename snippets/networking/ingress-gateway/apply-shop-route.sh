$ kubectl apply -f shop-route.yaml
httproute.gateway.networking.k8s.io/shop created
$ kubectl get httproute shop
NAME   HOSTNAMES              AGE
shop   ["shop.example.com"]   0s
