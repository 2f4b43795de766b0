$ kubectl apply -f limited-job.yaml
job.batch/limited-job created
$ kubectl get job limited-job -o jsonpath='{.spec.backoffLimit} {.spec.activeDeadlineSeconds}'
3 120
