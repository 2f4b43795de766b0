$ kubectl get hpa shop
NAME   REFERENCE         TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
shop   Deployment/shop   cpu: <unknown>/50%   2         10        2          32s
$ kubectl get deployment shop -o jsonpath='{.spec.replicas}'
2
