$ kubectl get endpointslices -l kubernetes.io/service-name=shop
NAME         ADDRESSTYPE   PORTS     ENDPOINTS   AGE
shop-d86v5   IPv4          <unset>   <unset>     0s
$ kubectl describe service shop
Name:                     shop
Namespace:                default
Labels:                   <none>
Annotations:              <none>
Selector:                 app=shpo
Type:                     ClusterIP
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       10.96.9.11
IPs:                      10.96.9.11
Port:                     <unset>  80/TCP
TargetPort:               http/TCP
Endpoints:
Session Affinity:         None
Internal Traffic Policy:  Cluster
Events:                   <none>
