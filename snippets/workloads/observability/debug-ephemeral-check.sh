$ kubectl get pod debug-target -o jsonpath='{.spec.ephemeralContainers[0].name} -> {.spec.ephemeralContainers[0].targetContainerName}'
toolbox -> debug-target
