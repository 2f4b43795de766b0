kubectl run -it --rm dns-test --image=busybox:1.36 --restart=Never -- \
  wget -qO- -T 3 http://SERVICE_NAME.NAMESPACE
