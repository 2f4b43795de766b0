$ kubectl get pod first-pod -o jsonpath='{.metadata.labels.env}'
prod
