$ kubectl apply -f memory-cache.yaml
pod/memory-cache created
$ kubectl get pod memory-cache -o jsonpath='{.spec.volumes[0].emptyDir}'
{"medium":"Memory","sizeLimit":"64Mi"}
