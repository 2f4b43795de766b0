$ kubectl get deployment billing -o jsonpath='{.status.updatedReplicas}/{.spec.replicas}{"\n"}'
2/2
