$ kubectl wait --for=condition=Ready pod/env-keyref --timeout=60s
pod/env-keyref condition met
$ kubectl exec env-keyref -- printenv DB_USER
app
$ kubectl logs env-keyref
info app
