$ kubectl apply -f release-key.yaml
secret/release-key created
$ kubectl get secret release-key -o jsonpath='{.immutable} {.data.key}'
true YWJjMTIz
