kubectl set image rs/frontend nginx=nginxinc/nginx-unprivileged:1.27
