kubectl create configmap web-config \
  --from-literal=LOG_LEVEL=info \
  --from-literal=DB_HOST=db.example.internal \
  --from-literal=DB_PORT=5432 \
  --dry-run=client -o yaml
