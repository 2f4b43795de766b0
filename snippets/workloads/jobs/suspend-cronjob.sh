$ kubectl patch cronjob nightly-report --type=merge -p '{"spec":{"suspend":true}}'
cronjob.batch/nightly-report patched
$ kubectl get cronjob nightly-report -o jsonpath='{.spec.suspend}'
true
