kubectl --kubeconfig=jane.kubeconfig get pods
kubectl --kubeconfig=jane.kubeconfig auth whoami
