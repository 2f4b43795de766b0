kubectl create deployment storefront --image=nginx:1.27 --replicas=2 \
  --dry-run=client -o yaml > storefront.yaml
