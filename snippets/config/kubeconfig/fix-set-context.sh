$ kubectl config --kubeconfig=demo.kubeconfig set-context jane@training --cluster=training --user=jane
Context "jane@training" modified.
$ kubectl config --kubeconfig=demo.kubeconfig get-contexts
CURRENT   NAME            CLUSTER    AUTHINFO   NAMESPACE
          jane@training   training   jane
