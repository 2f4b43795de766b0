$ kubectl apply -f study-node-reader.yaml -f study-node-reader-ops.yaml
clusterrole.rbac.authorization.k8s.io/study-node-reader created
clusterrolebinding.rbac.authorization.k8s.io/study-node-reader-ops created
$ kubectl auth can-i list nodes --as=olga --as-group=ops
yes
Warning: resource 'nodes' is not namespace scoped
