$ kubectl patch job paused-job --type=merge -p '{"spec":{"suspend":false}}'
job.batch/paused-job patched
$ kubectl wait --for=condition=Complete job/paused-job --timeout=60s
job.batch/paused-job condition met
$ kubectl get job paused-job -o jsonpath='{.status.conditions[?(@.type=="Suspended")].status}'
False
