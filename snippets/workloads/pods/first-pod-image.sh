$ kubectl get pod first-pod -o jsonpath='{.spec.containers[0].image}'
nginx:1.27
