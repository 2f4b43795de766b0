kubectl exec -it POD_NAME -- nslookup SERVICE_NAME
