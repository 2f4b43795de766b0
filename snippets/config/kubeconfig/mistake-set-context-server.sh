$ kubectl config --kubeconfig=demo.kubeconfig set-context jane@training --server=https://192.0.2.10:6443 --user=jane
Context "jane@training" created.
$ kubectl config --kubeconfig=demo.kubeconfig get-contexts
CURRENT   NAME            CLUSTER   AUTHINFO   NAMESPACE
          jane@training             jane
