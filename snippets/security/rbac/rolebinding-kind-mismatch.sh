$ kubectl create rolebinding view-by-mistake --role=view --user=victor
rolebinding.rbac.authorization.k8s.io/view-by-mistake created
$ kubectl auth can-i list pods --as=victor
no - RBAC: role.rbac.authorization.k8s.io "view" not found
