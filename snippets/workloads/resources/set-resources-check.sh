$ kubectl get pod web -o jsonpath='{.status.qosClass}'
Burstable
