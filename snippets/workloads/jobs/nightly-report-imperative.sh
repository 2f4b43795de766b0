kubectl create cronjob nightly-report --image=busybox:1.36 \
  --schedule="30 2 * * *" -- sh -c 'date; echo nightly report done'
