$ kubectl get pod frontend -o jsonpath='{.spec.containers[0].image}'
nginxinc/nginx-unprivileged:1.27
