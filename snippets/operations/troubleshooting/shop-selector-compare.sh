$ kubectl get pods -l app=shpo
No resources found in page-operations-troubleshooting-571095 namespace.
$ kubectl get pods -l app=shop -o jsonpath='{range .items[*]}{.metadata.labels.app}{"\n"}{end}'
shop
shop
