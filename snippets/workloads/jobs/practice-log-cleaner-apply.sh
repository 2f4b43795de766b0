$ kubectl apply -f log-cleaner.yaml
cronjob.batch/log-cleaner created
$ kubectl get cronjob log-cleaner -o jsonpath='{.spec.schedule}|{.spec.concurrencyPolicy}|{.spec.successfulJobsHistoryLimit}|{.spec.failedJobsHistoryLimit}|{.spec.timeZone}'
*/15 * * * *|Forbid|1|1|Etc/UTC
