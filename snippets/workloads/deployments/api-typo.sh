kubectl set resources deployment/api -c nginx --requests=memory=64Gi
