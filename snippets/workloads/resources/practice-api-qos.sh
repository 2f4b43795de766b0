$ kubectl get pod api -o jsonpath='{.status.qosClass}' | tee answer.txt
Burstable
