$ kubectl get pod shared-files -o jsonpath='{range .spec.containers[*]}{.name}: {.volumeMounts[0].mountPath}{"\n"}{end}'
web: /usr/share/nginx/html
writer: /out
