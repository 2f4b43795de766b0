$ kubectl get csr study-alice
NAME          AGE   SIGNERNAME                            REQUESTOR          REQUESTEDDURATION   CONDITION
study-alice   1s    kubernetes.io/kube-apiserver-client   kubernetes-admin   24h                 Pending
