kubectl create deployment logger --image=busybox:1.36 --dry-run=client -o yaml -- sleep 3600 \
  | sed -e 's/^kind: Deployment/kind: DaemonSet/' -e '/replicas:/d' -e '/strategy:/d' -e '/^status:/d' \
  > logger-ds.yaml
kubectl apply -f logger-ds.yaml
kubectl rollout status daemonset/logger --timeout=90s
