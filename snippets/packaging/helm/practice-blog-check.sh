$ kubectl get deployment,service blog-web -o jsonpath='{range .items[*]}{.kind} {.spec.replicas}{.spec.type}{"\n"}{end}'
Deployment 2
Service NodePort
