$ kubectl get wa blog -o jsonpath='{.spec.replicas}'
3
