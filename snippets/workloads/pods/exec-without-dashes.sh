kubectl exec -it POD_NAME sh
