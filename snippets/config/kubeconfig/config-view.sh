kubectl config view
kubectl config view --raw
kubectl config view --minify
kubectl config get-contexts
kubectl config current-context
