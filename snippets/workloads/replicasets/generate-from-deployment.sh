kubectl create deployment frontend --image=nginx:1.27 --replicas=3 \
  --dry-run=client -o yaml > frontend-rs.yaml
