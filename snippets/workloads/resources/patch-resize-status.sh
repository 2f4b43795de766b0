$ kubectl get pod web -o jsonpath='{.status.containerStatuses[0].resources}{"\n"}'
{"limits":{"cpu":"80m","memory":"20Mi"},"requests":{"cpu":"20m","memory":"10Mi"}}
