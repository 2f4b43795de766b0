kubectl run -it --rm dns-test --image=busybox:1.36 --restart=Never -- \
  nslookup web-0.web.NAMESPACE.svc.cluster.local
