kubectl get pod POD_NAME -o jsonpath='{.status.phase}'
