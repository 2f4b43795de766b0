kubectl run env-pod --image=busybox:1.36 \
  --labels=app=env-demo,tier=backend \
  --env=DB_ADDRESS=10.10.1.1 --env=DB_PORT=3306 \
  --dry-run=client -o yaml --command -- sleep 3600 > env-pod.yaml
