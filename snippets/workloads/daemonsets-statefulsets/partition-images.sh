$ kubectl get pods -l app=web -o jsonpath='{range .items[*]}{.metadata.name} {.spec.containers[0].image}{"\n"}{end}'
web-0 nginx:1.27
web-1 nginxinc/nginx-unprivileged:1.27
