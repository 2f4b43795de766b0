$ kubectl get pod probe-demo -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}'
True
