kubectl run web --image=nginx:1.27 --labels=tier=frontend --dry-run=client -o yaml > web.yaml
kubectl apply -f web.yaml
kubectl set image pod/web web=nginxinc/nginx-unprivileged:1.27
