helm upgrade tuned ./web --set replicaCount=2
