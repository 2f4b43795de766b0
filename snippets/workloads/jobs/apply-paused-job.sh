$ kubectl apply -f paused-job.yaml
job.batch/paused-job created
$ kubectl wait --for=condition=Suspended job/paused-job --timeout=60s
job.batch/paused-job condition met
$ kubectl get pods -l batch.kubernetes.io/job-name=paused-job -o name | wc -l
0
