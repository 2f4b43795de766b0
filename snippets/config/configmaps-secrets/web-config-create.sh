$ kubectl apply -f web-config.yaml
configmap/web-config created
$ kubectl get configmap web-config
NAME         DATA   AGE
web-config   3      0s
$ kubectl get configmap web-config -o jsonpath='{.data.DB_HOST}{"\n"}'
db.example.internal
