$ kubectl create role rbac-manager --verb=get,list,create,update,patch,delete --resource=roles,rolebindings
role.rbac.authorization.k8s.io/rbac-manager created
$ kubectl create rolebinding rbac-manager-tl --role=rbac-manager --user=team-lead
rolebinding.rbac.authorization.k8s.io/rbac-manager-tl created
$ kubectl create role secret-reader --verb=get --resource=secrets --as=team-lead
Error from server (Forbidden): roles.rbac.authorization.k8s.io "secret-reader" is forbidden: user "team-lead" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:
{APIGroups:[""], Resources:["secrets"], Verbs:["get"]}
