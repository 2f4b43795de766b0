kubectl config get-contexts
kubectl config use-context CONTEXT_NAME
kubectl config set-context --current --namespace=NAMESPACE
kubectl config view --minify -o jsonpath='{..namespace}'
