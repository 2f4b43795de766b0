kubectl create job nightly-report-manual --from=cronjob/nightly-report
kubectl get jobs
