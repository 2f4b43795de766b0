$ kubectl apply -f volume-pod.yaml
pod/volume-demo created
$ kubectl get pod volume-demo -o jsonpath='{.spec.volumes[1].secret.defaultMode}{"\n"}'
256
