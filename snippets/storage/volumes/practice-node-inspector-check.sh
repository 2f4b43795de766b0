$ kubectl apply -f node-inspector.yaml
pod/node-inspector created
$ kubectl get pod node-inspector -o jsonpath='{.spec.volumes[0].hostPath.type} {.spec.containers[0].volumeMounts[0].readOnly}'
File true
