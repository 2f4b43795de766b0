$ kubectl get pod defaulted -o jsonpath='{.spec.containers[0].resources.requests.memory}'
64Mi
$ kubectl get pod defaulted -o jsonpath='{.status.qosClass}'
Burstable
