$ kubectl get deployment graceful-api -o jsonpath='{.spec.template.spec.terminationGracePeriodSeconds} {.spec.template.spec.containers[0].lifecycle.preStop.sleep.seconds}'
40 10
