$ kubectl apply -f allow-all-ingress.yaml
networkpolicy.networking.k8s.io/allow-all-ingress created
$ kubectl get networkpolicy
NAME                      POD-SELECTOR   AGE
allow-all-ingress         app=api        0s
api-allow-frontend        app=api        10s
db-allow-prometheus-and   app=db         3s
db-allow-prometheus-or    app=db         3s
default-deny-all          <none>         6s
deny-egress-forgotten     <none>         5s
