$ kubectl get pod ssd-pod -o jsonpath='{.spec.nodeName}{"\n"}'
node01
