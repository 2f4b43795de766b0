$ kubectl apply -f batch-five.yaml
job.batch/batch-five created
$ kubectl wait --for=condition=Complete job/batch-five --timeout=120s
job.batch/batch-five condition met
$ kubectl get job batch-five -o jsonpath='{.status.succeeded}'
5
