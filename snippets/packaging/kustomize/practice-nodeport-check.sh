$ kubectl get service np-web -o jsonpath='{.spec.type}'
NodePort
