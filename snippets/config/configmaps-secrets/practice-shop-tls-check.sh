$ kubectl get secret shop-tls -o jsonpath='{.type}'
kubernetes.io/tls
