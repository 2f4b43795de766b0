$ kubectl apply -f indexed-job.yaml
job.batch/indexed-demo created
$ kubectl wait --for=condition=Complete job/indexed-demo --timeout=60s
job.batch/indexed-demo condition met
$ kubectl get pods -l batch.kubernetes.io/job-name=indexed-demo -L batch.kubernetes.io/job-completion-index
NAME                   READY   STATUS      RESTARTS   AGE   JOB-COMPLETION-INDEX
indexed-demo-0-xnwb7   0/1     Completed   0          11s   0
indexed-demo-1-x5zxd   0/1     Completed   0          11s   1
indexed-demo-2-n2z6h   0/1     Completed   0          11s   2
