kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":1}}}}'
kubectl set image statefulset/web nginx=nginxinc/nginx-unprivileged:1.27
kubectl rollout status statefulset/web --timeout=120s
