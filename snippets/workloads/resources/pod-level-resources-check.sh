$ kubectl apply -f pod-level-resources.yaml
pod/pod-level-resources created
$ kubectl get pod pod-level-resources -o jsonpath='{.status.qosClass}'
Guaranteed
