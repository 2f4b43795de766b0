$ kubectl apply -f pod-info.yaml
pod/pod-info created
$ kubectl get pod pod-info -o jsonpath='{.spec.volumes[0].projected.sources[0].downwardAPI.items[*].path}'
labels memory-limit
