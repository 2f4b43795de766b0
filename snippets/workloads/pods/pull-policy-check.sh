$ kubectl get pod first-pod -o jsonpath='{.spec.containers[0].imagePullPolicy}'
IfNotPresent
