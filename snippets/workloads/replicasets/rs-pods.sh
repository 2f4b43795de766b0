kubectl get pods -l app=frontend -o wide
kubectl get pod POD_NAME -o jsonpath='{.metadata.ownerReferences[0].name}{"\n"}'
kubectl describe rs frontend      # events show every pod the controller created
