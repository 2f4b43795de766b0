$ kubectl apply -f ttl-job.yaml
job.batch/ttl-job created
$ kubectl get job ttl-job -o jsonpath='{.spec.ttlSecondsAfterFinished}'
300
