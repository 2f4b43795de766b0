$ kubectl get pod web -o jsonpath='{.spec.containers[0].image} {.metadata.labels.tier}'
nginxinc/nginx-unprivileged:1.27 frontend
