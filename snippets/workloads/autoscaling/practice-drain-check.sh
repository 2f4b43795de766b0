$ kubectl get hpa drain -o jsonpath='{.spec.minReplicas} {.spec.metrics[0].type}'
0 External
