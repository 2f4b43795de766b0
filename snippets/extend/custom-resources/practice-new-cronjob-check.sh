$ kubectl apply -f report-cronjob.yaml --dry-run=server
cronjob.batch/report created (server dry run)
