$ kubectl apply -f qos-sidecar.yaml
pod/qos-sidecar created
$ kubectl get pod qos-sidecar -o jsonpath='{.status.qosClass}'
Burstable
