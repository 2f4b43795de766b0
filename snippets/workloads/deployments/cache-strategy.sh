$ kubectl get deployment cache -o jsonpath='{.spec.strategy}'
{"type":"Recreate"}
