$ kubectl apply -f failure-policy-job.yaml
job.batch/failure-policy-job created
$ kubectl get job failure-policy-job -o jsonpath='{.spec.podFailurePolicy.rules[0].action} {.spec.podReplacementPolicy}'
FailJob Failed
