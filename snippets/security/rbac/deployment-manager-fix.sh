$ kubectl create role deployment-manager --verb=get,list,create,update,patch,delete --resource=deployments
role.rbac.authorization.k8s.io/deployment-manager created
$ kubectl get role deployment-manager -o jsonpath='{.rules[0].apiGroups}{"\n"}'
["apps"]
