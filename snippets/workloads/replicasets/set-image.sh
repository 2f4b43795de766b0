kubectl set image rs/frontend nginx=nginx:1.27-alpine
