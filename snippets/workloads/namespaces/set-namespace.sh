kubectl config set-context --current --namespace=NAMESPACE
kubectl config view --minify -o jsonpath='{..namespace}'   # check it
