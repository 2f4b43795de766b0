kubectl set env deployment/worker QUEUE_URL=redis://queue:6379
kubectl rollout status deployment/worker --timeout=120s
