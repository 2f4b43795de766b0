$ kubectl get pod api -o jsonpath='{.status.qosClass}'
Burstable
