$ kubectl apply -f pod-reader-singular.yaml
role.rbac.authorization.k8s.io/pod-reader-singular created
$ kubectl create rolebinding pod-reader-singular --role=pod-reader-singular --user=typo-tester
rolebinding.rbac.authorization.k8s.io/pod-reader-singular created
$ kubectl auth can-i list pods --as=typo-tester
no
