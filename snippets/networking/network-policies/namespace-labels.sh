kubectl get namespaces --show-labels
kubectl get namespace kube-system -o jsonpath='{.metadata.labels}{"\n"}'
