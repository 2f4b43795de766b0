$ kubectl apply -f lab-gatewayclass.yaml
gatewayclass.gateway.networking.k8s.io/lab-gateway created
$ kubectl get gatewayclass lab-gateway
NAME          CONTROLLER                       ACCEPTED   AGE
lab-gateway   example.com/gateway-controller   Unknown    0s
