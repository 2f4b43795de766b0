$ kubectl describe service cart | grep Endpoints
Endpoints:                10.244.1.9:80,10.244.2.4:80
