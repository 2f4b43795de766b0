$ kubectl apply -f shop-ingress.yaml
ingress.networking.k8s.io/shop created
$ kubectl get ingress shop
NAME   CLASS   HOSTS              ADDRESS   PORTS   AGE
shop   nginx   shop.example.com             80      0s
