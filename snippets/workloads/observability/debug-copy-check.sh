$ kubectl get pod probe-demo-copy -o jsonpath='{.spec.containers[0].command} probes:{.spec.containers[0].livenessProbe}{.spec.containers[0].readinessProbe}'
["sleep","3600"] probes:
