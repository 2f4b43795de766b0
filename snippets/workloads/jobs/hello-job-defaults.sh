$ kubectl get job hello-job -o jsonpath='{.spec.completions} {.spec.parallelism} {.spec.backoffLimit}'
1 1 6
