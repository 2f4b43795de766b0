$ kubectl exec downward-demo -- printenv MY_TIER MY_MEMORY_LIMIT_MI
backend
64
$ kubectl exec downward-demo -- cat /etc/podinfo/labels
app="downward-demo"
tier="backend"
