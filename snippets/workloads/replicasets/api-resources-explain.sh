kubectl api-resources --namespaced=false   # every cluster-scoped kind
kubectl explain rs                         # short name works here too
kubectl explain rs.spec
kubectl explain rs.spec.selector --recursive
