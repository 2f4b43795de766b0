$ kubectl get pod zone-b-pod -o jsonpath='{.spec.nodeName}{"\n"}'
node02
