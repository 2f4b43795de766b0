kubectl run web --image=nginx:1.27 --requests=cpu=20m,memory=10Mi \
  --limits=cpu=40m,memory=20Mi --dry-run=client -o yaml
