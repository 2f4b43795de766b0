$ kubectl get pods -l batch.kubernetes.io/job-name=hello-job
NAME              READY   STATUS      RESTARTS   AGE
hello-job-mp7x6   0/1     Completed   0          8s
