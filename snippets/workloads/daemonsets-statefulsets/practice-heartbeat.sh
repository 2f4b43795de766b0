kubectl create deployment heartbeat --image=busybox:1.36 --dry-run=client -o yaml -- sleep 3600 \
  | sed -e 's/^kind: Deployment/kind: DaemonSet/' -e '/replicas:/d' -e '/strategy:/d' -e '/^status:/d' \
  | kubectl apply -f -
kubectl rollout status daemonset/heartbeat --timeout=90s
