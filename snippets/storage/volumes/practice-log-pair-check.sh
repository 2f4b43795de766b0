$ kubectl apply -f log-pair.yaml
pod/log-pair created
$ kubectl get pod log-pair -o jsonpath='{.spec.containers[?(@.name=="shipper")].volumeMounts[0].readOnly}'
true
