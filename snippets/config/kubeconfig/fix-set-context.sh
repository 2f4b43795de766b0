kubectl config --kubeconfig=jane.kubeconfig set-context jane@training --cluster=training --user=jane
