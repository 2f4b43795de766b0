$ kubectl get deployment tuned-web -o jsonpath='{.spec.replicas}'
2
