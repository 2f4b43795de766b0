$ kubectl get bk nightly -o jsonpath='{.spec.retentionDays}'
7
