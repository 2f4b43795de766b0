$ kubectl get pod probe-demo -o jsonpath='{.spec.containers[0].readinessProbe}'
{"failureThreshold":3,"httpGet":{"path":"/","port":"http","scheme":"HTTP"},"periodSeconds":5,"successThreshold":1,"timeoutSeconds":1}
