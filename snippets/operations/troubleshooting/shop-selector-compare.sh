$ kubectl get pods -l app=shpo
No resources found in default namespace.
$ kubectl get pods -l app=shop -o jsonpath='{range .items[*]}{.metadata.labels.app}{"\n"}{end}'
shop
shop
