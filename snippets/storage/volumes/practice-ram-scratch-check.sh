$ kubectl apply -f ram-scratch.yaml
pod/ram-scratch created
$ kubectl get pod ram-scratch -o jsonpath='{.spec.volumes[0].emptyDir.medium} {.spec.volumes[0].emptyDir.sizeLimit}'
Memory 32Mi
