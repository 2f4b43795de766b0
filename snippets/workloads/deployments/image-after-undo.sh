$ kubectl get deployment web -o jsonpath='{.spec.template.spec.containers[0].image}'
nginxinc/nginx-unprivileged:1.27
