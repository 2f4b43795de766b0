$ kubectl get endpointslices -l kubernetes.io/service-name=shop
NAME         ADDRESSTYPE   PORTS   ENDPOINTS                 AGE
shop-d86v5   IPv4          80      10.244.0.35,10.244.0.51   0s
