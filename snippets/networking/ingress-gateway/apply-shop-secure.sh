$ kubectl apply -f shop-secure-ingress.yaml
ingress.networking.k8s.io/shop-secure created
$ kubectl get ingress shop-secure
NAME          CLASS   HOSTS              ADDRESS   PORTS     AGE
shop-secure   nginx   shop.example.com             80, 443   0s
