kubectl config get-contexts
kubectl config set-context --current --namespace=kube-system
kubectl config view --minify -o jsonpath='{..namespace}{"\n"}'
