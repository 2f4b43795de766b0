kubectl delete pod --all                      # all pods, current namespace
kubectl delete pods --all -n NAMESPACE        # all pods, one namespace
kubectl delete pods --all --all-namespaces    # every pod in the cluster
kubectl delete ns NAMESPACE                   # the namespace and its content
