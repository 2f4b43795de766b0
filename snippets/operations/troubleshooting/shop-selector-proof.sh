$ kubectl get endpointslices -l kubernetes.io/service-name=shop
NAME         ADDRESSTYPE   PORTS   ENDPOINTS               AGE
shop-zk8cw   IPv4          80      10.244.0.5,10.244.0.2   1s
