kubectl create service clusterip web --clusterip=None --tcp=80:80 \
  --dry-run=client -o yaml
