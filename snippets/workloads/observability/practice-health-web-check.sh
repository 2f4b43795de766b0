$ kubectl get pod health-web -o jsonpath='{.spec.containers[0].readinessProbe.httpGet.path} {.spec.containers[0].readinessProbe.periodSeconds} {.spec.containers[0].livenessProbe.tcpSocket.port} {.spec.containers[0].livenessProbe.periodSeconds}'
/ 5 http 15
