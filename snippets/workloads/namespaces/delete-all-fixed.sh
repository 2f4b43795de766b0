kubectl delete pods --all --all-namespaces
