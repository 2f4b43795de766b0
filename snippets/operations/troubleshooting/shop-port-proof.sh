$ kubectl get endpointslices -l kubernetes.io/service-name=shop-web
NAME             ADDRESSTYPE   PORTS   ENDPOINTS               AGE
shop-web-8vq4n   IPv4          80      10.244.0.5,10.244.0.2   1s
