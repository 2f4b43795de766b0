$ kubectl get deployment billing -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}'
2
