$ kubectl apply -f fixed-cache.yaml
pod/broken-cache created
$ kubectl get pod broken-cache -o jsonpath='{.spec.containers[0].volumeMounts[0].name}:{.spec.containers[0].volumeMounts[0].subPath}'
cache:shared
