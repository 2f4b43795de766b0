$ kubectl config --kubeconfig=demo.kubeconfig set-cluster training --server=https://192.0.2.10:6443
Cluster "training" set.
$ kubectl config --kubeconfig=demo.kubeconfig set-credentials jane --token=demo-token
User "jane" set.
