$ kubectl get service shop-web -o jsonpath='{.spec.type}'
NodePort
