$ kubectl apply -f shop-gateway.yaml
gateway.gateway.networking.k8s.io/shop-gateway created
$ kubectl get gateway shop-gateway
NAME           CLASS         ADDRESS   PROGRAMMED   AGE
shop-gateway   lab-gateway             Unknown      0s
