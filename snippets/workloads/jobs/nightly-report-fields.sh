$ kubectl get cronjob nightly-report -o jsonpath='{.spec.schedule} {.spec.timeZone} {.spec.concurrencyPolicy} {.spec.suspend}'
30 2 * * * Europe/Berlin Forbid false
