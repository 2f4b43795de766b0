$ kubectl apply -f hello-job.yaml
job.batch/hello-job created
$ kubectl wait --for=condition=Complete job/hello-job --timeout=60s
job.batch/hello-job condition met
$ kubectl get job hello-job
NAME        STATUS     COMPLETIONS   DURATION   AGE
hello-job   Complete   1/1           6s         8s
