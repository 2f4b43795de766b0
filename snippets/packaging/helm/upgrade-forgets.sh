helm upgrade shop ./web --set replicaCount=4
