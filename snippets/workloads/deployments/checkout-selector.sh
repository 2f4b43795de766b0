$ kubectl get service checkout -o jsonpath='{.spec.selector}'
{"app":"checkout","version":"green"}
