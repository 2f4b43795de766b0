$ kubectl get deployment calc -o jsonpath='{.spec.replicas}'
6
