kubectl apply -f web.yaml -n NAMESPACE
