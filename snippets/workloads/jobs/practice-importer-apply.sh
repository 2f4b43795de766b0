$ kubectl apply -f importer.yaml
job.batch/importer created
$ kubectl get job importer -o jsonpath='{.spec.podFailurePolicy.rules[0].onExitCodes.values} {.spec.podFailurePolicy.rules[1].onPodConditions[0].type}'
[3,4] DisruptionTarget
