kubectl create rolebinding support-access --clusterrole=view --user=sam
kubectl delete rolebinding support-access
kubectl create rolebinding support-access --clusterrole=edit --user=sam
kubectl get rolebinding support-access -o jsonpath='{.roleRef.name}{"\n"}'
