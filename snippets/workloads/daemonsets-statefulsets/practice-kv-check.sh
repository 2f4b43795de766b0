$ kubectl get pod kv-1 -o jsonpath='{.spec.hostname}.{.spec.subdomain}'
kv-1.kv
