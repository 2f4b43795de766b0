$ kubectl create rolebinding dana-access --clusterrole=view --user=dana
rolebinding.rbac.authorization.k8s.io/dana-access created
$ kubectl patch rolebinding dana-access --type=merge -p '{"roleRef":{"name":"edit"}}'
The RoleBinding "dana-access" is invalid: roleRef: Invalid value: {"APIGroup":"rbac.authorization.k8s.io","Kind":"ClusterRole","Name":"edit"}: field is immutable
