kubectl run greeter --image=busybox:1.36 --dry-run=client -o yaml \
  --command sh -c 'echo hello; sleep 3600'
