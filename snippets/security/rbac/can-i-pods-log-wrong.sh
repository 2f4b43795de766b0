$ kubectl apply -f web-log-reader-role.yaml
role.rbac.authorization.k8s.io/web-log-reader created
$ kubectl create rolebinding web-log-reader-logan --role=web-log-reader --user=logan
rolebinding.rbac.authorization.k8s.io/web-log-reader-logan created
$ kubectl auth can-i get pods/log --as=logan
no
