$ kubectl apply -f node-log-reader.yaml
pod/node-log-reader created
$ kubectl get pod node-log-reader -o jsonpath='{.spec.volumes[*].hostPath.type}'
Directory DirectoryOrCreate
