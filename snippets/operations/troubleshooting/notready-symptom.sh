$ kubectl get pods -l app=cart
NAME                    READY   STATUS    RESTARTS   AGE
cart-6b8d9c7f5d-7xk2p   0/1     Running   0          10s
cart-6b8d9c7f5d-q9w4z   0/1     Running   0          10s
$ kubectl describe service cart | grep Endpoints
Endpoints:
$ kubectl get endpointslices -l kubernetes.io/service-name=cart
NAME         ADDRESSTYPE   PORTS   ENDPOINTS               AGE
cart-zk8cw   IPv4          80      10.244.1.7,10.244.2.9   10s
