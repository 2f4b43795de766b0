$ kubectl get pod cache -o jsonpath='{.metadata.labels.tier}'
data
