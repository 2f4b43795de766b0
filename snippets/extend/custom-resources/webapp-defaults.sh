$ kubectl get wa shop -o jsonpath='{.spec.port}'
8080
