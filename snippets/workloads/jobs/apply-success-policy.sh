$ kubectl apply -f success-policy-job.yaml
job.batch/success-policy-job created
$ kubectl get job success-policy-job -o jsonpath='{.spec.successPolicy.rules[1].succeededCount}'
3
