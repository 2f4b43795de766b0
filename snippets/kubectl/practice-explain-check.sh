$ kubectl explain pod.spec.containers.resources.limits | grep '^FIELD'
FIELD: limits <map[string]Quantity>
