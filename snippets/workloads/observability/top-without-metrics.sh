$ kubectl top pod
error: Metrics API not available
