kubectl delete pod --a --all-namespaces
