kubectl run config-dump --image=busybox:1.36 --restart=Never \
  --env=MODE=debug --env=RETRIES=3 --image-pull-policy=IfNotPresent \
  --dry-run=client -o yaml --command -- printenv > config-dump.yaml
