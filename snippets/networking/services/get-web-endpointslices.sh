$ kubectl get endpointslices -l kubernetes.io/service-name=web
NAME        ADDRESSTYPE   PORTS   ENDPOINTS               AGE
web-7xk2p   IPv4          80      10.244.1.4,10.244.2.5   5s
