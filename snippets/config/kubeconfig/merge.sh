cp jane.kubeconfig "$HOME/.kube/"
export KUBECONFIG="$HOME/.kube/config:$HOME/.kube/jane.kubeconfig"
kubectl config get-contexts
kubectl config use-context jane@training
