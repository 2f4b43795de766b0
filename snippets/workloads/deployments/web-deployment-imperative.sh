kubectl create deployment web --image=nginx:1.27 --replicas=4 \
  --dry-run=client -o yaml > web-deployment.yaml
