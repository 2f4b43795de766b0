$ kubectl get job log-cleaner-now -o jsonpath='{.metadata.annotations.cronjob\.kubernetes\.io/instantiate}'
manual
$ kubectl get cronjob log-cleaner -o jsonpath='{.spec.suspend}'
true
