$ kubectl get pod ssd-pod -o jsonpath='{.spec.nodeName}{"\n"}'
kwok-node-1
