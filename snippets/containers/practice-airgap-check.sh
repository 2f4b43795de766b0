$ kubectl get pod airgap -o jsonpath='{.spec.containers[0].imagePullPolicy} {.status.containerStatuses[0].ready}{"\n"}'
IfNotPresent true
