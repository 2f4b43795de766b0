$ kubectl config --kubeconfig=demo.kubeconfig use-context jane@training --cluster=training
Switched to context "jane@training".
