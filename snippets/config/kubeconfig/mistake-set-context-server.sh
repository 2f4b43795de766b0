$ kubectl config --kubeconfig=jane.kubeconfig set-context jane@training --server=https://CONTROL_PLANE_IP:6443 --user=jane
Context "jane@training" created.
$ kubectl config --kubeconfig=jane.kubeconfig get-contexts
CURRENT   NAME            CLUSTER   AUTHINFO   NAMESPACE
*         jane@training             jane
$ kubectl --kubeconfig=jane.kubeconfig get pods
The connection to the server localhost:8080 was refused - did you specify the right host or port?
