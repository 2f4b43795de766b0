kubectl api-resources --api-group=apps -o wide
kubectl api-resources --namespaced=false
kubectl explain role.rules
