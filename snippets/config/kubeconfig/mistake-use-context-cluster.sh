$ kubectl config --kubeconfig=jane.kubeconfig use-context jane@training --cluster=training
Switched to context "jane@training".
