$ kubectl apply -f fixed-job.yaml --dry-run=server
job.batch/fixed-job created (server dry run)
