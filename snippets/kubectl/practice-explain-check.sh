$ kubectl explain pod.spec.containers.resources.limits | grep '^FIELD' | tee answer.txt
FIELD: limits <map[string]Quantity>
