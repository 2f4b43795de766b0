kubectl create role web-log-reader --verb=get --resource=pods/log --resource-name=web \
  --dry-run=client -o yaml
