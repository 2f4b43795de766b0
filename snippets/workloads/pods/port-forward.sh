kubectl port-forward --help                  # every option, with examples
kubectl port-forward pod/POD_NAME LOCAL_PORT:CONTAINER_PORT
kubectl port-forward pod/first-pod 8080:80   # then open http://localhost:8080
