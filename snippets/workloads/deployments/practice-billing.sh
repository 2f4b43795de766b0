kubectl create deployment billing --image=nginx:1.27 --replicas=2
kubectl rollout status deployment/billing --timeout=90s
kubectl rollout pause deployment/billing
kubectl set image deployment/billing nginx=nginxinc/nginx-unprivileged:1.27
kubectl set env deployment/billing MODE=production
kubectl rollout resume deployment/billing
kubectl rollout status deployment/billing --timeout=90s
