$ kubectl get pod zone-b-pod -o jsonpath='{.spec.nodeName}{"\n"}'
kwok-node-2
