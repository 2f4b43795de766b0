$ kubectl get job nightly-report-manual -o jsonpath='{.metadata.annotations.cronjob\.kubernetes\.io/instantiate} {.metadata.ownerReferences[0].kind}'
manual CronJob
