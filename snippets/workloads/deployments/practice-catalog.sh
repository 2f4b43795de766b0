kubectl create deployment catalog --image=nginx:1.27 --replicas=2
kubectl rollout status deployment/catalog --timeout=90s
kubectl set image deployment/catalog nginx=nginxinc/nginx-unprivileged:1.27
kubectl annotate deployment/catalog kubernetes.io/change-cause="use the unprivileged image"
kubectl rollout status deployment/catalog --timeout=90s
