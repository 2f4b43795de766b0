kubectl api-resources --namespaced=true     # lives in a namespace
kubectl api-resources --namespaced=false    # cluster-scoped
