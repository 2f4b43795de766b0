$ kubectl get hpa shop -o jsonpath='{.status.conditions[?(@.type=="ScalingActive")].reason}'
FailedGetResourceMetric
