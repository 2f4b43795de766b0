$ kubectl scale webapp shop --replicas=4
webapp.stable.example.com/shop scaled
$ kubectl get wa shop -o jsonpath='{.spec.replicas}'
4
