kubectl get clusterroles | grep -v '^system:'
kubectl describe clusterrole edit
kubectl get clusterrolebinding cluster-admin -o wide   # bound to the group system:masters
