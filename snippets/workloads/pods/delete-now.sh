kubectl delete pod POD_NAME --now
