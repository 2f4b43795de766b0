kubectl events                                   # this namespace, oldest first
kubectl events --for pod/probe-demo              # only about one object
kubectl events --types=Warning                   # only warnings
kubectl get events --sort-by=.metadata.creationTimestamp
kubectl get events --field-selector involvedObject.name=probe-demo
kubectl get events --field-selector type=Warning,reason=BackOff
