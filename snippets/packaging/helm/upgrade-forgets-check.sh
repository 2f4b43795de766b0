$ helm get values shop
USER-SUPPLIED VALUES:
replicaCount: 4
$ kubectl get service shop-web -o jsonpath='{.spec.type}'
ClusterIP
