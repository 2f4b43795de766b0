kubectl apply -f ci-deployer-rbac.yaml
NS=$(kubectl config view --minify -o jsonpath='{..namespace}')
SA="system:serviceaccount:${NS:-default}:ci-deployer"
echo "all namespaces: $(kubectl auth can-i list deployments --all-namespaces --as="$SA")"
kubectl auth can-i patch deployments --subresource=scale --as="$SA"
