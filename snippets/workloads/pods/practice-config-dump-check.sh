$ kubectl get pod config-dump -o jsonpath='{.spec.restartPolicy} {.spec.containers[0].imagePullPolicy} {.spec.containers[0].env[*].name}'
Never IfNotPresent MODE RETRIES
