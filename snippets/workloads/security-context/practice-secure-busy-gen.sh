kubectl run secure-busy --image=busybox:1.36 --dry-run=client -o yaml \
  --command -- sleep 3600 > secure-busy.yaml
