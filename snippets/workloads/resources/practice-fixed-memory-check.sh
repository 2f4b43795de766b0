$ kubectl apply -f fixed-memory.yaml
pod/fixed-memory created
$ kubectl get pod fixed-memory -o jsonpath='{.spec.containers[0].resources.limits.memory}'
400Mi
