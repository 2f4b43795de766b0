$ kubectl get endpointslices -l kubernetes.io/service-name=checkout
NAME             ADDRESSTYPE   PORTS   ENDPOINTS                AGE
checkout-zd6l6   IPv4          80      10.244.0.8,10.244.0.40   0s
