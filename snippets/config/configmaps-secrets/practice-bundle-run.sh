$ kubectl apply -f bundle-pod.yaml
pod/bundle created
$ kubectl get pod bundle -o jsonpath='{.spec.volumes[0].projected.sources[*]..path}{"\n"}'
mode db-password
