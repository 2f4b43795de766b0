kubectl run busy --image=busybox:1.36 --dry-run=client -o yaml \
  --command -- sleep 3600 > busy.yaml
kubectl apply -f busy.yaml
