kubectl set image deployment/web nginx=nginxinc/nginx-unprivileged:1.27
kubectl annotate deployment/web kubernetes.io/change-cause="switch to the unprivileged nginx image"
kubectl rollout status deployment/web --timeout=90s
