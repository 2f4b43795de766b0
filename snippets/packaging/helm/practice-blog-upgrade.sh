helm upgrade blog ./web --reuse-values --set replicaCount=3
kubectl rollout status deployment/blog-web --timeout=120s
