helm install shop ./web --set replicaCount=2
