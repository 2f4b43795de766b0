kubectl api-resources --namespaced=false
kubectl explain pod.spec.containers.resources.limits
