kubectl get --raw='/readyz?verbose'
kubectl get --raw='/livez?verbose'
