$ kubectl get deployment staging-web -o jsonpath='{.status.readyReplicas} {.spec.template.metadata.labels.env}'
2 staging
