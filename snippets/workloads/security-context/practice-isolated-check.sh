$ kubectl apply -f isolated.yaml
pod/isolated created
$ kubectl get pod isolated -o jsonpath='{.spec.hostUsers}'
false
