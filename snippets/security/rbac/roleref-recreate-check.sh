$ kubectl get rolebinding dana-access -o jsonpath='{.roleRef.kind}/{.roleRef.name}{"\n"}'
ClusterRole/edit
