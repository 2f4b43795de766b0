$ kubectl apply -f labels-to-file.yaml
pod/labels-to-file created
$ kubectl get pod labels-to-file -o jsonpath='{.spec.volumes[0].downwardAPI.items[*].fieldRef.fieldPath}'
metadata.labels metadata.namespace
