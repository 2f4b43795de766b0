$ kubectl get pod legacy-app -o jsonpath='{.spec.ephemeralContainers[0].name} {.spec.ephemeralContainers[0].targetContainerName} {.status.containerStatuses[0].restartCount}'
toolbox legacy-app 0
