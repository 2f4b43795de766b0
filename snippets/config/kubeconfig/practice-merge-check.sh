kubectl config get-contexts
kubectl config set-context --current --namespace=kube-system
