$ kubectl config --kubeconfig=lab.kubeconfig set-cluster lab --server=https://192.0.2.20:6443
Cluster "lab" set.
$ kubectl config --kubeconfig=lab.kubeconfig set-credentials robot --token=lab-token
User "robot" set.
$ kubectl config --kubeconfig=lab.kubeconfig set-context robot@lab --cluster=lab --user=robot --namespace=batch
Context "robot@lab" created.
$ kubectl config --kubeconfig=lab.kubeconfig use-context robot@lab
Switched to context "robot@lab".
$ kubectl config --kubeconfig=lab.kubeconfig get-contexts
CURRENT   NAME        CLUSTER   AUTHINFO   NAMESPACE
*         robot@lab   lab       robot      batch
