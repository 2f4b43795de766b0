$ kubectl apply -f two-faces.yaml
pod/two-faces created
$ kubectl get pod two-faces -o jsonpath='{.spec.containers[0].securityContext.appArmorProfile.type} {.spec.securityContext.appArmorProfile.type}'
Localhost RuntimeDefault
