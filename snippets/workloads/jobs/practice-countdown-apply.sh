$ kubectl apply -f countdown.yaml
job.batch/countdown created
$ kubectl get job countdown -o jsonpath='{.spec.backoffLimit} {.spec.activeDeadlineSeconds}'
2 60
