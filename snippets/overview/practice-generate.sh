kubectl create deployment shop --image=nginx:1.27 --replicas=2 \
  --dry-run=client -o yaml > shop-deployment.yaml
