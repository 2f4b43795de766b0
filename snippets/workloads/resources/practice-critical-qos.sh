$ kubectl get pod critical -o jsonpath='{.status.qosClass}'
Guaranteed
