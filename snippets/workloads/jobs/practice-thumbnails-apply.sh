$ kubectl apply -f thumbnails.yaml
job.batch/thumbnails created
$ kubectl get job thumbnails -o jsonpath='{.spec.completions} {.spec.parallelism} {.spec.ttlSecondsAfterFinished} {.spec.template.spec.restartPolicy}'
6 3 120 OnFailure
