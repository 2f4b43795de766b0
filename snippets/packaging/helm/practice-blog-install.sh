helm install blog ./web --set replicaCount=2 --set service.type=NodePort
kubectl rollout status deployment/blog-web --timeout=120s
