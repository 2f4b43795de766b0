kubectl delete cronjob nightly-report
kubectl delete job hello-job batch-five limited-job ttl-job indexed-demo \
  success-policy-job failure-policy-job paused-job --ignore-not-found
