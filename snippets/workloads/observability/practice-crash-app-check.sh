$ kubectl get pod crash-app-debug -o jsonpath='{.spec.containers[0].command} labels:{.metadata.labels.app}'
["sleep","3600"] labels:
