$ kubectl get endpointslices -l kubernetes.io/service-name=cart -o jsonpath='{range .items[*].endpoints[*]}{.addresses[0]}{" ready="}{.conditions.ready}{"\n"}{end}'
10.244.1.7 ready=false
10.244.2.9 ready=false
$ kubectl get events --field-selector reason=Unhealthy -o jsonpath='{.items[0].message}{"\n"}'
Readiness probe failed: Get "http://10.244.1.7:8080/": dial tcp 10.244.1.7:8080: connect: connection refused
