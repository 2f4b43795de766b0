$ kubectl get pod web-cache -o jsonpath='{.spec.nodeName}{"\n"}'
kwok-node-2
