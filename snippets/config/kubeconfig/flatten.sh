kubectl config view --flatten > merged.kubeconfig
