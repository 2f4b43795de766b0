helm rollback blog 1
kubectl rollout status deployment/blog-web --timeout=120s
