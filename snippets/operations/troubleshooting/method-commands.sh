kubectl get pods -A -o wide | grep -v Running              # what is not running, everywhere
kubectl describe pod POD_NAME                              # conditions, states, events
kubectl events --types=Warning                             # warnings in this namespace, oldest first
kubectl get events -A --sort-by=.metadata.creationTimestamp
kubectl logs POD_NAME --previous                           # the crashed instance
kubectl describe node NODE_NAME                            # conditions, taints, allocated resources
