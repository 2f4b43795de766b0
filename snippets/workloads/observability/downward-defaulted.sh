$ kubectl get pod downward-demo -o jsonpath='{.spec.containers[0].env[0].valueFrom.fieldRef.apiVersion}'
v1
