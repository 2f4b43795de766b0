$ kubectl config --kubeconfig=demo.kubeconfig use-context jane@training
Switched to context "jane@training".
$ kubectl config --kubeconfig=demo.kubeconfig current-context
jane@training
