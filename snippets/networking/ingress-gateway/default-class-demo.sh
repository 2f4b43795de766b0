$ kubectl apply -f lab-default-class.yaml
ingressclass.networking.k8s.io/lab-default created
$ kubectl create ingress no-class --rule="/*=shop:80"
ingress.networking.k8s.io/no-class created
$ kubectl get ingress no-class -o jsonpath='{.spec.ingressClassName}{"\n"}'
lab-default
$ kubectl delete ingressclass lab-default
ingressclass.networking.k8s.io "lab-default" deleted
