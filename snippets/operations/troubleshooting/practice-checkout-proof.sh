$ kubectl get endpointslices -l kubernetes.io/service-name=checkout
NAME             ADDRESSTYPE   PORTS   ENDPOINTS               AGE
checkout-x2v9k   IPv4          80      10.244.0.5,10.244.0.2   1s
