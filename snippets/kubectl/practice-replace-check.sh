$ kubectl get pod busy -o jsonpath='{.spec.containers[0].env[0].name}={.spec.containers[0].env[0].value}'
MODE=debug
