kubectl rollout resume deployment/web
kubectl annotate deployment/web kubernetes.io/change-cause="nginx 1.27 with a CPU request"
kubectl rollout status deployment/web --timeout=90s
