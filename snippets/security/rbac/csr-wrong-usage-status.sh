$ kubectl get csr study-alice-server
NAME                 AGE   SIGNERNAME                            REQUESTOR          REQUESTEDDURATION   CONDITION
study-alice-server   1s    kubernetes.io/kube-apiserver-client   kubernetes-admin   <none>              Approved,Failed
$ kubectl get csr study-alice-server -o jsonpath='{.status.conditions[?(@.type=="Failed")].message}{"\n"}'
invalid usage for client certificate: server auth
