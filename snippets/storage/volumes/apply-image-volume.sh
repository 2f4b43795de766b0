$ kubectl apply -f image-volume.yaml
pod/image-volume created
$ kubectl get pod image-volume -o jsonpath='{.spec.volumes[0].image.reference}'
busybox:1.36
