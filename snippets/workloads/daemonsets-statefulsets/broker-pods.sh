$ kubectl get pods -l app=broker -o name
pod/broker-1
pod/broker-2
pod/broker-3
