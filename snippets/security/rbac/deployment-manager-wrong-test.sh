$ kubectl apply -f deployment-manager-wrong.yaml
role.rbac.authorization.k8s.io/deployment-manager-wrong created
$ kubectl create rolebinding deployment-manager-wrong --role=deployment-manager-wrong --user=group-tester
rolebinding.rbac.authorization.k8s.io/deployment-manager-wrong created
$ kubectl auth can-i create deployments --as=group-tester
no
