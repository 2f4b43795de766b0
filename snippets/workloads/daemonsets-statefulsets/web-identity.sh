$ kubectl get pod web-1 -o jsonpath='{.spec.hostname} {.spec.subdomain}'
web-1 web
$ kubectl get pod web-1 -o jsonpath='{.metadata.labels.statefulset\.kubernetes\.io/pod-name} {.metadata.labels.apps\.kubernetes\.io/pod-index}'
web-1 1
