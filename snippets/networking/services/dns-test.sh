kubectl run -it --rm dns-test --image=busybox:1.36 --restart=Never -- \
  nslookup SERVICE_NAME.NAMESPACE.svc.cluster.local
