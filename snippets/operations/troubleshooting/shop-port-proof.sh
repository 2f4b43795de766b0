$ kubectl get endpointslices -l kubernetes.io/service-name=shop-web
NAME             ADDRESSTYPE   PORTS   ENDPOINTS                 AGE
shop-web-v6fm4   IPv4          80      10.244.0.51,10.244.0.35   1s
