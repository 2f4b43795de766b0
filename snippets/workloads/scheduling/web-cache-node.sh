$ kubectl get pod web-cache -o jsonpath='{.spec.nodeName}{"\n"}'
node02
