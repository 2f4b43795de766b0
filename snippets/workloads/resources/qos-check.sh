$ kubectl get pod qos-guaranteed -o jsonpath='{.status.qosClass}'
Guaranteed
$ kubectl get pod qos-burstable -o jsonpath='{.status.qosClass}'
Burstable
$ kubectl get pod qos-besteffort -o jsonpath='{.status.qosClass}'
BestEffort
