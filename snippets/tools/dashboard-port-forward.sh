kubectl port-forward -n NAMESPACE service/SERVICE_NAME 8080:80   # then browse http://localhost:8080
