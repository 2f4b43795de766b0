kubectl config --kubeconfig=jane.kubeconfig use-context jane@training
