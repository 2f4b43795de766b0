$ kubectl get clusterrole edit -o jsonpath='{.aggregationRule.clusterRoleSelectors[0].matchLabels}{"\n"}'
{"rbac.authorization.k8s.io/aggregate-to-edit":"true"}
$ kubectl get clusterroles -l rbac.authorization.k8s.io/aggregate-to-edit=true -o name
clusterrole.rbac.authorization.k8s.io/system:aggregate-to-edit
clusterrole.rbac.authorization.k8s.io/view
