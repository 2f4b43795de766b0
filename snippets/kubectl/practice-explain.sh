kubectl api-resources --namespaced=false > cluster-scoped.txt
kubectl explain pod.spec.containers.resources.limits
