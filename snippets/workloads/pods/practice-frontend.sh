kubectl run frontend --image=nginx:1.27
kubectl set image pod/frontend frontend=nginxinc/nginx-unprivileged:1.27
